import type { Client } from "urql";
import { COUNCIL } from "../graphql/operations";
import { ME } from "../graphql/session-operations";
import { codeOfMember } from "../graphql/canonical-code";
import type { Session } from "./session";

/**
 * Asks the gateway who the session cookie belongs to (`me`) and the council's name. Null when nobody is signed
 * in (no cookie, or its session has ended). Every tab asks the same cookie, so a second tab is signed in already.
 */
export async function fetchSession(client: Client): Promise<Session | null> {
  const me = await client.query(ME, {}, { requestPolicy: "network-only" }).toPromise();
  if (me.error?.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return null;
  if (me.error || !me.data?.me) throw new Error(me.error?.message ?? "The gateway did not answer who is signed in");
  const viewer = me.data.me as { councilId: string | null; roles: string[] | null; platformAdmin: boolean | null; email: string };
  // The session holds each role's stored code (complaints_officer), which menus and guards name; `me` gives CouncilRole values.
  const roles = (viewer.roles ?? []).map(codeOfMember);
  let councilName: string | null = null;
  if (viewer.councilId) {
    const council = await client.query(COUNCIL, {}, { requestPolicy: "network-only" }).toPromise();
    councilName = council.data?.council?.name ?? null;
  }
  return {
    councilId: viewer.councilId,
    councilName,
    displayName: viewer.email,
    roles: viewer.platformAdmin ? [...roles, "platform_admin"] : roles,
    today: me.data.today,
  };
}
