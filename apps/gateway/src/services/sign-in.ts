import { verifyPassword } from "@csc/db";
import type { SessionTokens } from "../auth/session-token";
import type { GatewayContext } from "../context";
import { unauthenticated } from "../errors/gateway-error";

export interface SignInInput {
  councilId?: string | null;
  email: string;
  password: string;
}

/** A hash to compare against when the account does not exist, so timing does not reveal which emails exist. */
const DECOY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const REFUSAL = "The email, password or council is not right";

/**
 * Local accounts: checks the scrypt hash and that the user holds a role in the council (or is the platform
 * administrator when no council is given), and returns a session token. One message for every refusal.
 */
export async function signIn(
  context: GatewayContext,
  sessions: SessionTokens,
  input: SignInInput,
): Promise<{ token: string; userId: string; councilId: string | null }> {
  const user = await context.root.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true, isPlatformAdmin: true },
  });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
  if (!user || !ok || user.disabledAt) throw unauthenticated(REFUSAL);
  const councilId = input.councilId ?? null;
  if (councilId) {
    const role = await context.root.userCouncilRole.findFirst({ where: { userId: user.id, councilId } });
    if (!role) throw unauthenticated(REFUSAL);
  } else if (!user.isPlatformAdmin) {
    throw unauthenticated(REFUSAL);
  }
  await context.root.auditLog.create({
    data: {
      councilId: councilId ?? "platform",
      actorId: user.id,
      actorRole: councilId ? "member" : "platform_admin",
      action: "signIn",
      requestId: context.requestId,
    },
  });
  return { token: await sessions.sign({ userId: user.id, councilId }), userId: user.id, councilId };
}
