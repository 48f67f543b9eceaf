import { sessionCookie } from "../auth/session-cookie";
import type { GatewayContext } from "../context";

/** How a new session reaches the client (the SessionDelivery enum of the schema). */
type SessionDelivery = "TOKEN" | "COOKIE";

/** A new session to the client: the token in the answer (API clients) or in the HttpOnly cookie (the admin app). */
export function deliverSession<T extends { token: string }>(
  context: GatewayContext,
  session: T,
  delivery: SessionDelivery,
): Omit<T, "token"> & { token: string | null } {
  if (delivery === "TOKEN") return session;
  context.cookies.outgoing = sessionCookie(session.token, context.cookies.secure);
  return { ...session, token: null };
}
