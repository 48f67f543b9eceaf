import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { createOidcVerifier, peekIssuer } from "./oidc";

const settings = { issuer: "https://idp.example.test", audience: "csc", jwksUri: "https://idp.example.test/jwks" };

async function identityProvider() {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" };
  const keys = createLocalJWKSet({ keys: [jwk] });
  const issue = (claims: Record<string, unknown>, overrides: { iss?: string; aud?: string; exp?: number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject("officer-7")
      .setIssuer(overrides.iss ?? settings.issuer)
      .setAudience(overrides.aud ?? settings.audience)
      .setExpirationTime(overrides.exp ?? Math.floor(Date.now() / 1000) + 300)
      .sign(privateKey);
  return { keys, issue };
}

describe("OIDC bearer tokens", () => {
  it("accepts a token from the council's issuer and returns the subject and email", async () => {
    const idp = await identityProvider();
    const verify = createOidcVerifier(() => idp.keys);
    const token = await idp.issue({ email: "officer@council.test" });
    expect(peekIssuer(token)).toBe(settings.issuer);
    expect(await verify(token, settings)).toEqual({ subject: "officer-7", email: "officer@council.test" });
  });

  it("refuses another issuer, another audience, an expired token and another key", async () => {
    const idp = await identityProvider();
    const stranger = await identityProvider();
    const verify = createOidcVerifier(() => idp.keys);
    expect(await verify(await idp.issue({}, { iss: "https://evil.test" }), settings)).toBeNull();
    expect(await verify(await idp.issue({}, { aud: "other-app" }), settings)).toBeNull();
    expect(await verify(await idp.issue({}, { exp: Math.floor(Date.now() / 1000) - 600 }), settings)).toBeNull();
    expect(await verify(await stranger.issue({}), settings)).toBeNull();
    expect(peekIssuer("not-a-jwt")).toBeNull();
  });
});
