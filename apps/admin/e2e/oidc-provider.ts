import { createHash, randomBytes } from "node:crypto";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";

/**
 * A tiny OpenID provider on 127.0.0.1 for the browser test: discovery, an authorize endpoint that signs the
 * one test user in at once and redirects back with a code, a token endpoint that checks the PKCE verifier
 * (S256) and returns a signed RS256 id_token, and its JWKS. Test-only; it keeps everything in memory.
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  /** What the authorize endpoint was asked, for assertions. */
  authorizeRequests: URLSearchParams[];
  stop(): Promise<void>;
}

interface Grant {
  challenge: string;
  method: string;
  nonce: string;
  redirectUri: string;
}

export async function startTestProvider(user: { subject: string; email: string }, clientId = "csc-admin"): Promise<TestProvider> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const grants = new Map<string, Grant>();
  const authorizeRequests: URLSearchParams[] = [];
  let issuer = "";

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/.well-known/openid-configuration") {
      json(200, { issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` });
    } else if (url.pathname === "/jwks") {
      json(200, { keys: [jwk] });
    } else if (url.pathname === "/authorize") {
      const q = url.searchParams;
      authorizeRequests.push(q);
      const redirectUri = q.get("redirect_uri") ?? "";
      if (q.get("client_id") !== clientId || !redirectUri) return json(400, { error: "invalid_request" });
      const code = randomBytes(16).toString("base64url");
      grants.set(code, {
        challenge: q.get("code_challenge") ?? "",
        method: q.get("code_challenge_method") ?? "",
        nonce: q.get("nonce") ?? "",
        redirectUri,
      });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", q.get("state") ?? "");
      res.writeHead(302, { location: back.toString() });
      res.end();
    } else if (url.pathname === "/token" && req.method === "POST") {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        const form = new URLSearchParams(body);
        const grant = grants.get(form.get("code") ?? "");
        grants.delete(form.get("code") ?? "");
        const verifier = form.get("code_verifier") ?? "";
        const challenge = createHash("sha256").update(verifier).digest("base64url");
        if (
          !grant ||
          grant.method !== "S256" ||
          challenge !== grant.challenge ||
          form.get("redirect_uri") !== grant.redirectUri ||
          form.get("client_id") !== clientId
        ) {
          return json(400, { error: "invalid_grant" });
        }
        void new SignJWT({ email: user.email, nonce: grant.nonce })
          .setProtectedHeader({ alg: "RS256", kid: "test-key" })
          .setIssuer(issuer)
          .setAudience(clientId)
          .setSubject(user.subject)
          .setIssuedAt()
          .setExpirationTime("10m")
          .sign(privateKey)
          .then((idToken) => json(200, { id_token: idToken, token_type: "Bearer", expires_in: 600 }));
      });
    } else {
      json(404, { error: "not_found" });
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    authorizeRequests,
    stop: () => new Promise((ok) => server.close(() => ok())),
  };
}
