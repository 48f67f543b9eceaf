import { hashPassword, verifyPassword } from "@csc/db";
import { passwordProblem } from "../auth/password-policy";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { badInput, notFound, unauthenticated } from "../errors/gateway-error";
import type { CouncilRole } from "../auth/roles";
import { isRecordId } from "./council-scope";

export interface MyInvitation {
  id: string;
  councilId: string;
  councilName: string;
  roles: CouncilRole[];
  createdAt: Date;
}

function signedIn(context: GatewayContext): string {
  if (!context.viewer) throw unauthenticated();
  return context.viewer.userId;
}

async function viewerAccount(context: GatewayContext) {
  const userId = signedIn(context);
  return withPlatform(context.root, (tx) =>
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, passwordHash: true, passwordSetByAdmin: true } }),
  );
}

/** The open invitations to the signed-in person's own e-mail, from any council. */
export async function listMyInvitations(context: GatewayContext): Promise<MyInvitation[]> {
  const account = await viewerAccount(context);
  const rows = await withPlatform(context.root, (tx) =>
    tx.councilInvitation.findMany({
      where: { email: account.email, answeredAt: null },
      select: { id: true, councilId: true, roles: true, createdAt: true, council: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
  );
  return rows.map((r) => ({ id: r.id, councilId: r.councilId, councilName: r.council.name, roles: [...r.roles], createdAt: r.createdAt }));
}

/**
 * Accepts or declines an invitation to the signed-in person's own e-mail. Accepting gives the roles in the inviting
 * council; it is refused while the account's password is one a council administrator typed (change it first), so
 * nobody who knows an initial password gains a way into a second council.
 */
export async function answerInvitation(context: GatewayContext, input: { invitationId: string; accept: boolean }): Promise<string> {
  const account = await viewerAccount(context);
  const invitation = isRecordId(input.invitationId)
    ? await withPlatform(context.root, (tx) =>
        tx.councilInvitation.findFirst({
          where: { id: input.invitationId, email: account.email, answeredAt: null },
          select: { id: true, councilId: true, roles: true },
        }),
      )
    : null;
  if (!invitation) throw notFound("Invitation");
  if (input.accept && account.passwordHash !== null && account.passwordSetByAdmin) {
    throw badInput(["input", "invitationId"], "change the password your administrator gave you (changePassword) before joining another council");
  }
  const { councilId } = invitation;
  await withCouncil(context.root, councilId, async (tx) => {
    if (input.accept) {
      await tx.userCouncilRole.createMany({ data: invitation.roles.map((role) => ({ councilId, userId: account.id, role })), skipDuplicates: true });
    }
    await tx.councilInvitation.update({
      where: { councilId_id: { councilId, id: invitation.id } },
      data: { answeredAt: new Date(), accepted: input.accept },
    });
    await tx.auditLog.create({
      data: {
        councilId,
        actorId: account.id,
        actorRole: "invitee",
        action: input.accept ? "acceptCouncilInvitation" : "declineCouncilInvitation",
        requestId: context.requestId,
        detail: { invitationId: invitation.id },
      },
    });
  });
  return invitation.id;
}

/** Changes the signed-in person's own password: the current one is checked, the new one follows the password rules; the person's other sessions end. */
export async function changePassword(context: GatewayContext, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  const account = await viewerAccount(context);
  if (!account.passwordHash || !(await verifyPassword(input.currentPassword, account.passwordHash))) {
    throw badInput(["input", "currentPassword"], "is not your current password");
  }
  const problem = passwordProblem(input.newPassword, account.email);
  if (problem) throw badInput(["input", "newPassword"], problem);
  if (input.newPassword === input.currentPassword) throw badInput(["input", "newPassword"], "must differ from your current password");
  const passwordHash = await hashPassword(input.newPassword);
  await withPlatform(context.root, async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: { passwordHash, passwordSetByAdmin: false } });
    // Every other session of the person ends (whoever knew the old password may be signed in elsewhere); this one stays.
    const currentSession = context.viewer?.sessionId;
    const ended = await tx.userSession.updateMany({
      where: { userId: account.id, revokedAt: null, ...(currentSession ? { NOT: { id: currentSession } } : {}) },
      data: { revokedAt: new Date() },
    });
    await tx.auditLog.create({
      data: {
        councilId: context.viewer?.councilId ?? "platform",
        actorId: account.id,
        actorRole: "self",
        action: "changePassword",
        requestId: context.requestId,
        detail: { otherSessionsEnded: ended.count },
      },
    });
  });
  return true;
}
