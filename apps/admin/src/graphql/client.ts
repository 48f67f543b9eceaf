import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";
import { loadSession } from "../auth/session";

/**
 * The one urql client. POST only: Apollo Server's CSRF guard refuses GET without a preflight header.
 * The bearer token is read at each request so signing in or out takes effect at once.
 */
export function createClient(onUnauthenticated: () => void, url = "/graphql"): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => {
      const token = loadSession()?.token;
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
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
