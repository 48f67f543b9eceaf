import { beforeEach, describe, expect, it } from "vitest";
import { beginOidcSignIn, completeOidcSignIn, discover } from "./oidc-sign-in";
import { challengeFor } from "./pkce";

const ISSUER = "https://idp.council.example";
const council = { id: "demo-south", name: "Demo South", oidc: { issuer: ISSUER, clientId: "csc-admin" } };

/** An identity provider in memory: discovery and a token endpoint that checks the PKCE verifier. */
function fakeProvider(issuedNonce: () => string | undefined) {
  const seen: { challenge?: string; body?: URLSearchParams } = {};
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url === `${ISSUER}/.well-known/openid-configuration`) {
      return Response.json({ issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize`, token_endpoint: `${ISSUER}/token` });
    }
    if (url === `${ISSUER}/token` && init?.method === "POST") {
      const body = new URLSearchParams(String(init.body));
      seen.body = body;
      if ((await challengeFor(body.get("code_verifier") ?? "")) !== seen.challenge) return Response.json({ error: "invalid_grant" }, { status: 400 });
      const payload = btoa(JSON.stringify({ iss: ISSUER, nonce: issuedNonce() })).replace(/=+$/, "");
      return Response.json({ id_token: `e30.${payload}.sig`, token_type: "Bearer" });
    }
    return new Response("not found", { status: 404 });
  }) as typeof fetch;
  return { fetcher, seen };
}

beforeEach(() => sessionStorage.clear());

describe("OIDC sign-in (authorization code + PKCE)", () => {
  it("sends the browser to the authorization endpoint with an S256 challenge, then exchanges the code for the id_token", async () => {
    const issued: { nonce?: string } = {};
    const { fetcher, seen } = fakeProvider(() => issued.nonce);
    const address = new URL(await beginOidcSignIn(council, "https://admin.example", fetcher));
    expect(address.origin + address.pathname).toBe(`${ISSUER}/authorize`);
    expect(address.searchParams.get("response_type")).toBe("code");
    expect(address.searchParams.get("client_id")).toBe("csc-admin");
    expect(address.searchParams.get("redirect_uri")).toBe("https://admin.example/auth/callback");
    expect(address.searchParams.get("code_challenge_method")).toBe("S256");
    seen.challenge = address.searchParams.get("code_challenge") ?? "";
    issued.nonce = address.searchParams.get("nonce") ?? "";
    const state = address.searchParams.get("state") ?? "";
    const result = await completeOidcSignIn(new URLSearchParams({ code: "abc", state }), fetcher);
    expect(result.councilId).toBe("demo-south");
    expect(result.councilName).toBe("Demo South");
    expect(result.idToken.startsWith("e30.")).toBe(true);
    expect(seen.body?.get("grant_type")).toBe("authorization_code");
    expect(seen.body?.get("code")).toBe("abc");
  });

  it("refuses an answer whose state does not match, and a second use of the same sign-in", async () => {
    const { fetcher } = fakeProvider(() => undefined);
    await beginOidcSignIn(council, "https://admin.example", fetcher);
    await expect(completeOidcSignIn(new URLSearchParams({ code: "abc", state: "forged" }), fetcher)).rejects.toThrow("(state)");
    await expect(completeOidcSignIn(new URLSearchParams({ code: "abc", state: "forged" }), fetcher)).rejects.toThrow("already been used");
  });

  it("refuses a callback when what this tab kept is not a sign-in it started", async () => {
    sessionStorage.setItem("csc.oidc.pending", "{not json");
    await expect(completeOidcSignIn(new URLSearchParams({ code: "abc", state: "x" }))).rejects.toThrow("was not started here");
  });

  it("refuses an id_token whose nonce is not this sign-in's", async () => {
    const { fetcher, seen } = fakeProvider(() => "someone-else");
    const address = new URL(await beginOidcSignIn(council, "https://admin.example", fetcher));
    seen.challenge = address.searchParams.get("code_challenge") ?? "";
    const state = address.searchParams.get("state") ?? "";
    await expect(completeOidcSignIn(new URLSearchParams({ code: "abc", state }), fetcher)).rejects.toThrow("(nonce)");
  });

  it("names the provider's error and refuses a discovery document for another issuer", async () => {
    const { fetcher } = fakeProvider(() => undefined);
    const address = new URL(await beginOidcSignIn(council, "https://admin.example", fetcher));
    const state = address.searchParams.get("state") ?? "";
    await expect(completeOidcSignIn(new URLSearchParams({ error: "access_denied", state }), fetcher)).rejects.toThrow("(access_denied)");
    await expect(discover("https://idp.council.example/other", fetcher)).rejects.toThrow("HTTP 404");
    const lying = (async () =>
      Response.json({ issuer: "https://evil.example", authorization_endpoint: `${ISSUER}/a`, token_endpoint: `${ISSUER}/t` })) as typeof fetch;
    await expect(discover(ISSUER, lying)).rejects.toThrow("different issuer");
  });
});
