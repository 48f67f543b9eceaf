import type { Client } from "urql";
import { COUNCIL, ME } from "../graphql/operations";
import { type Session, saveSession } from "./session";

/**
 * After a token is issued (local sign-in or the council's identity provider): keeps it as the bearer token,
 * then asks the gateway who it belongs to (`me`) and the council's name, as the session the app shows.
 */
export async function loadSessionFor(
  client: Client,
  token: string,
  councilId: string | null,
  displayName: string,
): Promise<Session> {
  saveSession({ token, councilId, councilName: null, displayName, roles: [] });
  const me = await client.query(ME, {}, { requestPolicy: "network-only" }).toPromise();
  if (me.error || !me.data?.me) throw new Error(me.error?.graphQLErrors[0]?.message ?? "The gateway did not recognise this sign-in");
  const roles: string[] = me.data.me.roles ?? [];
  const platformAdmin: boolean = me.data.me.platformAdmin ?? false;
  let councilName: string | null = null;
  if (councilId) {
    const council = await client.query(COUNCIL, {}, { requestPolicy: "network-only" }).toPromise();
    councilName = council.data?.council?.name ?? null;
  }
  return { token, councilId, councilName, displayName, roles: platformAdmin ? [...roles, "platform_admin"] : roles };
}
