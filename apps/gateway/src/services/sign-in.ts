import { verifyPassword } from "@csc/db";
import { openSession } from "../auth/session-store";
import type { SessionTokens } from "../auth/session-token";
import type { GatewayContext } from "../context";
import { withPlatform } from "../db/client";
import { gatewayError, unauthenticated } from "../errors/gateway-error";
import { signInThrottle } from "../auth/address-throttle";

interface SignInInput {
  councilId?: string | null;
  email: string;
  password: string;
}

/** A hash to compare against when the account does not exist, so timing does not reveal which emails exist. */
const DECOY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const REFUSAL = "The email, password or council is not right";
/** Consecutive failed sign-ins after which an account is locked until an administrator unlocks it (local policy). */
export const LOCKOUT_AFTER = 10;

type FailureReason = "throttled_address" | "unknown_account" | "wrong_password" | "disabled" | "locked" | "no_role_in_council" | "not_platform_admin";

/** Every refused sign-in is audited: who (when the account exists), where, why. Never the e-mail or the password. */
async function refuse(context: GatewayContext, reason: FailureReason, userId: string | null, councilId: string | null): Promise<never> {
  const council = councilId
    ? await withPlatform(context.root, (tx) => tx.council.findUnique({ where: { id: councilId }, select: { id: true } }))
    : null;
  await withPlatform(context.root, (tx) =>
    tx.auditLog.create({
      data: {
        councilId: council?.id ?? "platform",
        actorId: userId,
        actorRole: "anonymous",
        action: "signInFailed",
        requestId: context.requestId,
        detail: { reason },
      },
    }),
  );
  if (reason === "throttled_address")
    throw gatewayError("TOO_MANY_REQUESTS", "Too many failed sign-ins from your network address; try again in 15 minutes");
  signInThrottle.recordFailure(context.clientAddress);
  throw unauthenticated(REFUSAL);
}

/**
 * Local accounts: checks the scrypt hash and that the user holds a role in the council (or is the platform
 * administrator when no council is given), and opens a server-side session. One message for every refusal;
 * every refusal audited; a wrong password counts towards the account's lockout.
 */
export async function signIn(
  context: GatewayContext,
  sessions: SessionTokens,
  input: SignInInput,
): Promise<{ token: string; userId: string; councilId: string | null }> {
  const councilId = input.councilId ?? null;
  if (!signInThrottle.allows(context.clientAddress)) return refuse(context, "throttled_address", null, councilId);
  const user = await withPlatform(context.root, (tx) =>
    tx.user.findUnique({
      where: { email: input.email.trim().toLowerCase() },
      select: { id: true, passwordHash: true, disabledAt: true, isPlatformAdmin: true, lockedAt: true, failedSignIns: true },
    }),
  );
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DECOY_HASH);
  if (!user) return refuse(context, "unknown_account", null, councilId);
  if (user.lockedAt) return refuse(context, "locked", user.id, councilId);
  if (!ok) {
    const failed = user.failedSignIns + 1;
    await withPlatform(context.root, (tx) =>
      tx.user.update({
        where: { id: user.id },
        data: { failedSignIns: failed, ...(failed >= LOCKOUT_AFTER ? { lockedAt: new Date() } : {}) },
      }),
    );
    return refuse(context, "wrong_password", user.id, councilId);
  }
  if (user.disabledAt) return refuse(context, "disabled", user.id, councilId);
  if (councilId) {
    const role = await withPlatform(context.root, (tx) => tx.userCouncilRole.findFirst({ where: { userId: user.id, councilId } }));
    if (!role) return refuse(context, "no_role_in_council", user.id, councilId);
  } else if (!user.isPlatformAdmin) {
    return refuse(context, "not_platform_admin", user.id, councilId);
  }
  // One platform transaction: the failure count reset, the audit record and the new session.
  const sessionId = await withPlatform(context.root, async (tx) => {
    if (user.failedSignIns > 0) await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0 } });
    await tx.auditLog.create({
      data: {
        councilId: councilId ?? "platform",
        actorId: user.id,
        actorRole: councilId ? "member" : "platform_admin",
        action: "signIn",
        requestId: context.requestId,
      },
    });
    return openSession(tx, user.id, councilId);
  });
  return { token: await sessions.sign({ userId: user.id, councilId, sessionId }), userId: user.id, councilId };
}
