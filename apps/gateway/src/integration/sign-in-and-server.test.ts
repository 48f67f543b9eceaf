import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";

const ISSUER = "https://idp.demo-south.test";
const AUDIENCE = "csc-gateway";

let h: Harness;
let jwks: Server;

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let privateKey: SigningKey;

/** A council's identity provider in miniature: its JWKS served over HTTP on 127.0.0.1. */
async function startIdentityProvider(): Promise<string> {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "south-1", alg: "RS256", use: "sig" };
  jwks = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
}

function idToken(subject: string, key: SigningKey = privateKey, issuer = ISSUER) {
  return new SignJWT({ email: `${subject}@demo-south.example` })
    .setProtectedHeader({ alg: "RS256", kid: "south-1" })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(key);
}

beforeAll(async () => {
  h = await startHarness();
  const jwksUri = await startIdentityProvider();
  await h.db.prisma.council.update({ where: { id: "demo-south" }, data: { oidcIssuer: ISSUER, oidcAudience: AUDIENCE, oidcJwksUri: jwksUri } });
  const user = await h.db.prisma.user.create({
    data: { email: "sso-officer@demo-south.example", displayName: "SSO Officer", oidcIssuer: ISSUER, oidcSubject: "sso-officer" },
  });
  await h.db.prisma.userCouncilRole.create({ data: { councilId: "demo-south", userId: user.id, role: "complaints_officer" } });
});
afterAll(async () => {
  await h?.stop();
  await new Promise((resolve) => jwks?.close(resolve));
});

describe("sign-in with the council's identity provider (OIDC)", () => {
  it("accepts a bearer token from the council's issuer, verified against its JWKS", async () => {
    const answer = await h.gql(`{ me { councilId roles signedInWith } }`, {}, await idToken("sso-officer"));
    expect(answer.data).toEqual({ me: { councilId: "demo-south", roles: ["COMPLAINTS_OFFICER"], signedInWith: "oidc" } });
  });

  it("refuses a token signed by another key, from another issuer, or for a subject with no account", async () => {
    const stranger = await generateKeyPair("RS256");
    for (const token of [
      await idToken("sso-officer", stranger.privateKey),
      await idToken("sso-officer", privateKey, "https://evil.test"),
      await idToken("nobody"),
    ]) {
      const answer = await h.gql(`{ me { userId } }`, {}, token);
      expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(answer.data ?? null).toBeNull();
    }
  });
});

describe("local accounts", () => {
  it("signs in with email and password and the session token names the council", async () => {
    const token = await h.signIn("officer", "demo-north");
    const answer = await h.gql(`{ me { councilId roles platformAdmin signedInWith } }`, {}, token);
    expect(answer.data).toEqual({ me: { councilId: "demo-north", roles: ["COMPLAINTS_OFFICER"], platformAdmin: false, signedInWith: "local" } });
  });
});

describe("the server", () => {
  it("answers /healthz when the database does", async () => {
    const response = await fetch(`${h.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("finishes in-flight requests when it stops", async () => {
    const token = await h.signIn("officer", "demo-north");
    // Several requests, and stop only once the server is answering at least one (a fixed pause raced them).
    const requests = Array.from({ length: 10 }, () => h.gql<{ council: { id: string } }>(`{ council { id teams { code } } }`, {}, token));
    await vi.waitFor(() => expect(h.gateway.inFlight()).toBeGreaterThan(0), { timeout: 10_000, interval: 1 });
    const stopped = h.gateway.stop();
    const answers = await Promise.allSettled(requests);
    await stopped;
    const answered = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));
    // Every request the server took was answered in full; ones it had not accepted yet may be refused.
    expect(answered.length).toBeGreaterThan(0);
    for (const answer of answered) expect(answer.data?.council.id).toBe("demo-north");
    await expect(fetch(`${h.url}/healthz`)).rejects.toThrow();
  });
});
