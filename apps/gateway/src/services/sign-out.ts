import { revokeSession, revokeSessionsOf } from "../auth/session-store";
import { sessionCookie } from "../auth/session-cookie";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { badInput, notFound, unauthenticated } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";

/** Revokes the caller's own session: the token stops working at once (not only when it expires). */
export async function signOut(context: GatewayContext): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (!viewer.sessionId) throw badInput(["signOut"], "sessions through your council's identity provider end there");
  const sessionId = viewer.sessionId;
  await withPlatform(context.root, async (tx) => {
    await revokeSession(tx, sessionId);
    await tx.auditLog.create({
      data: { councilId: viewer.councilId ?? "platform", actorId: viewer.userId, actorRole: "self", action: "signOut", requestId: context.requestId },
    });
  });
  context.cookies.outgoing = sessionCookie(null, context.cookies.secure);
  return true;
}

/**
 * Signs the person out everywhere: revokes every open session of theirs (every browser, every API token this
 * gateway signed for them) and removes this browser's cookie. Returns how many sessions ended.
 */
export async function signOutEverywhere(context: GatewayContext): Promise<number> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  const ended = await withPlatform(context.root, async (tx) => {
    const count = await revokeSessionsOf(tx, viewer.userId);
    await tx.auditLog.create({
      data: {
        councilId: viewer.councilId ?? "platform",
        actorId: viewer.userId,
        actorRole: "self",
        action: "signOutEverywhere",
        requestId: context.requestId,
        detail: { sessions: count },
      },
    });
    return count;
  });
  context.cookies.outgoing = sessionCookie(null, context.cookies.secure);
  return ended;
}

/** A council administrator unlocks a user of the council locked after repeated failed sign-ins. */
export async function unlockCouncilUser(context: GatewayContext, input: { userId: string }): Promise<string> {
  const { councilId } = councilScope(context);
  const row = isRecordId(input.userId)
    ? await withCouncil(context.root, councilId, (tx) =>
        tx.userCouncilRole.findFirst({ where: { councilId, userId: input.userId }, select: { userId: true } }),
      )
    : null;
  if (!row) throw notFound("User");
  await withPlatform(context.root, (tx) => tx.user.update({ where: { id: row.userId }, data: { lockedAt: null, failedSignIns: 0 } }));
  await withCouncil(context.root, councilId, (tx) => writeAudit(tx, context, { action: "unlockCouncilUser", detail: { userId: row.userId } }));
  return row.userId;
}
