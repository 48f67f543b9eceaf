import { hashPassword } from "@csc/db";
import { passwordProblem } from "../auth/password-policy";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { badInput, conflict, forbidden, notFound } from "../errors/gateway-error";
import { refuseClash } from "./configure-clash";

interface InviteCouncilAdministratorInput {
  councilId: string;
  email: string;
  displayName: string;
  initialPassword?: string | null;
}

/** The answer: the account's id when one was made, or the invitation's id when the e-mail already had an account. */
export interface CouncilAdministratorInvited {
  councilId: string;
  userId: string | null;
  invitationId: string | null;
}

/**
 * The platform administrator gives a new council its first council administrator. An e-mail that already has an
 * account gets an invitation (council_invitation, accepted signed in as themselves with acceptCouncilInvitation;
 * nothing of the account is read or changed). A new e-mail gets an account with the initial password the platform
 * administrator typed (changed at first use before joining any other council) holding council_admin there.
 */
export async function inviteCouncilAdministrator(
  context: GatewayContext,
  input: InviteCouncilAdministratorInput,
): Promise<CouncilAdministratorInvited> {
  const viewer = context.viewer;
  if (!viewer?.platformAdmin) throw forbidden("Only the platform administrator invites a council's first administrator");
  const council = await withPlatform(context.root, (tx) => tx.council.findUnique({ where: { id: input.councilId }, select: { id: true } }));
  if (!council) throw notFound("Council");
  const councilId = council.id;
  const email = input.email.trim().toLowerCase();
  const audit = (detail: Record<string, string>) => ({
    councilId,
    actorId: viewer.userId,
    actorRole: "platform_admin",
    action: "inviteCouncilAdministrator",
    requestId: context.requestId,
    detail,
  });
  const existing = await withPlatform(context.root, (tx) => tx.user.findUnique({ where: { email }, select: { id: true } }));
  if (existing) {
    return withCouncil(context.root, councilId, async (tx) => {
      const role = await tx.userCouncilRole.findFirst({ where: { councilId, userId: existing.id }, select: { userId: true } });
      if (role) throw conflict("This person is already a user of this council");
      const open = await tx.councilInvitation.findFirst({ where: { councilId, email, answeredAt: null }, select: { id: true } });
      if (open) throw conflict("This person has already been invited; they accept the invitation when they next sign in");
      const { id } = await tx.councilInvitation.create({
        data: { councilId, email, displayName: input.displayName, roles: ["council_admin"], invitedBy: viewer.userId },
        select: { id: true },
      });
      await tx.auditLog.create({ data: audit({ invitationId: id }) });
      return { councilId, userId: null, invitationId: id };
    });
  }
  if (!input.initialPassword) {
    throw badInput(["input", "initialPassword"], "is needed for an e-mail without an account: they sign in with it once and then choose their own");
  }
  const problem = passwordProblem(input.initialPassword, email);
  if (problem) throw badInput(["input", "initialPassword"], problem);
  const passwordHash = await hashPassword(input.initialPassword);
  const { id: userId } = await refuseClash("This person was added at the same time; reload to see them", () =>
    withPlatform(context.root, (tx) =>
      tx.user.create({ data: { email, displayName: input.displayName, passwordHash, passwordSetByAdmin: true }, select: { id: true } }),
    ),
  );
  return withCouncil(context.root, councilId, async (tx) => {
    await tx.userCouncilRole.create({ data: { councilId, userId, role: "council_admin" } });
    await tx.auditLog.create({ data: audit({ userId }) });
    return { councilId, userId, invitationId: null };
  });
}
