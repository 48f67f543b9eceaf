/**
 * Ends the session on the gateway too (signOut revokes it server-side), so a copied token stops working at once.
 * Best effort: a failure (gateway down, token already ended) does not keep the person signed in here.
 */
export function revokeSession(token: string, url = "/graphql"): Promise<void> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "mutation SignOut { signOut }" }),
  }).then(
    () => undefined,
    () => undefined,
  );
}
