import { openSession } from "../auth/session-store";
import { sessionCookie } from "../auth/session-cookie";
import type { GatewayContext } from "../context";
import { withPlatform } from "../db/client";
import { badInput, unauthenticated } from "../errors/gateway-error";

/**
 * After signing in with the council's identity provider, the admin app hands the id_token over once (as the
 * bearer of this request) and gets a session cookie instead, so no token stays in the page's storage. The
 * session is an ordinary one of this gateway: idle and absolute timeouts, revoked by sign-out (everywhere).
 */
export async function startBrowserSession(context: GatewayContext): Promise<boolean> {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.via !== "oidc" || context.transport !== "bearer" || viewer.sessionId) {
    throw badInput(["startBrowserSession"], "only exchanges a token from your council's identity provider; sign in with signIn(session: COOKIE)");
  }
  const sessionId = await withPlatform(context.root, async (tx) => {
    const id = await openSession(tx, viewer.userId, viewer.councilId);
    await tx.auditLog.create({
      data: {
        councilId: viewer.councilId ?? "platform",
        actorId: viewer.userId,
        actorRole: "member",
        action: "signIn",
        requestId: context.requestId,
        detail: { via: "oidc" },
      },
    });
    return id;
  });
  const token = await context.sessions.sign({ userId: viewer.userId, councilId: viewer.councilId, sessionId, via: "oidc" });
  context.cookies.outgoing = sessionCookie(token, context.cookies.secure);
  return true;
}
