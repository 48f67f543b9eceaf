import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";
import { CSRF_HEADERS } from "../auth/session";

/**
 * The one urql client. POST only: Apollo Server's CSRF guard refuses GET without a preflight header. The session
 * is the gateway's HttpOnly cookie (sent by the browser, same origin only); every request carries the CSRF header
 * the gateway requires with it. No token is read or kept by the page.
 */
export function createClient(onUnauthenticated: () => void, url = "/graphql"): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => ({ credentials: "same-origin", headers: { ...CSRF_HEADERS } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
