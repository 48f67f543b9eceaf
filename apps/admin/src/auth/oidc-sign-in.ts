import { z } from "zod";
import { createPkcePair, randomUrlSafe } from "./pkce";

/**
 * Signing in with a council's own identity provider: the OIDC authorization code flow with PKCE (S256) for a
 * public client (no client secret in a browser). `beginOidcSignIn` reads the issuer's discovery document and
 * returns the authorization address to go to; `completeOidcSignIn` (on /auth/callback) checks the state,
 * exchanges the code at the token endpoint and returns the id_token, the bearer token the gateway verifies
 * (signature, issuer, audience = client id, expiry: apps/gateway/src/auth/oidc.ts).
 */
interface CouncilOidc {
  issuer: string;
  clientId: string;
}

interface OidcSignInResult {
  idToken: string;
  councilId: string;
  councilName: string;
}

const CALLBACK_PATH = "/auth/callback";
const PENDING_KEY = "csc.oidc.pending";

const discoverySchema = z.object({
  issuer: z.string().url(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
});

const pendingSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43),
  councilId: z.string().min(1),
  councilName: z.string(),
  issuer: z.string().url(),
  clientId: z.string().min(1),
  tokenEndpoint: z.string().url(),
  redirectUri: z.string().url(),
});
type Pending = z.infer<typeof pendingSchema>;

const tokenResponseSchema = z.object({ id_token: z.string().min(1), token_type: z.string().optional() });

export async function discover(issuer: string, fetcher: typeof fetch = fetch): Promise<z.infer<typeof discoverySchema>> {
  const response = await fetcher(`${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`The council's sign-in service did not answer (discovery: HTTP ${response.status})`);
  const parsed = discoverySchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error("The council's sign-in service's discovery document must give issuer, authorization_endpoint and token_endpoint as URLs");
  }
  // OpenID Connect Discovery 1.0 section 4.3: the issuer in the document must be the one asked for.
  if (parsed.data.issuer !== issuer) throw new Error("The council's sign-in service's discovery document names a different issuer");
  return parsed.data;
}

/** Prepares the sign-in (kept in sessionStorage for this tab) and returns the authorization address. */
export async function beginOidcSignIn(
  council: { id: string; name: string; oidc: CouncilOidc },
  origin: string,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const metadata = await discover(council.oidc.issuer, fetcher);
  const pkce = await createPkcePair();
  const pending: Pending = {
    state: randomUrlSafe(16),
    nonce: randomUrlSafe(16),
    verifier: pkce.verifier,
    councilId: council.id,
    councilName: council.name,
    issuer: council.oidc.issuer,
    clientId: council.oidc.clientId,
    tokenEndpoint: metadata.token_endpoint,
    redirectUri: `${origin}${CALLBACK_PATH}`,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(metadata.authorization_endpoint);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", pending.clientId);
  url.searchParams.set("redirect_uri", pending.redirectUri);
  url.searchParams.set("scope", "openid email");
  url.searchParams.set("state", pending.state);
  url.searchParams.set("nonce", pending.nonce);
  url.searchParams.set("code_challenge", pkce.challenge);
  url.searchParams.set("code_challenge_method", pkce.method);
  return url.toString();
}

/** The unverified claims of a JWT: only to compare the nonce; the gateway verifies the signature. */
function claimsOf(jwt: string): Record<string, unknown> {
  const payload = jwt.split(".")[1] ?? "";
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims: unknown = JSON.parse(json);
    return typeof claims === "object" && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function parseJson(raw: string | null): unknown {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** On /auth/callback: checks state, exchanges the code (with the PKCE verifier) and returns the id_token. */
export async function completeOidcSignIn(search: URLSearchParams, fetcher: typeof fetch = fetch): Promise<OidcSignInResult> {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY); // one use only
  const pending = pendingSchema.safeParse(parseJson(raw));
  if (!pending.success) throw new Error("This sign-in was not started here or has already been used; start again");
  const error = search.get("error");
  if (error) throw new Error(`The council's sign-in service refused the sign-in (${error})`);
  if (search.get("state") !== pending.data.state) throw new Error("The sign-in answer does not match the sign-in started here (state); start again");
  const code = search.get("code");
  if (!code) throw new Error("The sign-in answer has no authorization code; start again");
  const response = await fetcher(pending.data.tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: pending.data.redirectUri,
      client_id: pending.data.clientId,
      code_verifier: pending.data.verifier,
    }).toString(),
  });
  if (!response.ok) throw new Error(`The council's sign-in service did not issue a token (HTTP ${response.status})`);
  const tokens = tokenResponseSchema.safeParse(await response.json());
  if (!tokens.success) throw new Error("The council's sign-in service's token response has no id_token");
  if (claimsOf(tokens.data.id_token).nonce !== pending.data.nonce) throw new Error("The id_token is not for this sign-in (nonce); start again");
  return { idToken: tokens.data.id_token, councilId: pending.data.councilId, councilName: pending.data.councilName };
}
