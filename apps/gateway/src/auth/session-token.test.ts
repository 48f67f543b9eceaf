import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createSessionTokens } from "./session-token";

const U1 = "11111111-1111-4111-8111-111111111111";
const S1 = "22222222-2222-4222-8222-222222222222";
const secret = new TextEncoder().encode("a".repeat(32));
const base = (claims: Record<string, unknown> = { council: "c1" }) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer("csc-gateway").setAudience("csc-gateway");

describe("session tokens (HS256)", () => {
  it("round-trips the user, council, session and how the person signed in", async () => {
    const tokens = createSessionTokens({ secret: "s".repeat(32) });
    const token = await tokens.sign({ userId: U1, councilId: "c1", sessionId: S1 });
    expect(await tokens.verify(token)).toEqual({ userId: U1, councilId: "c1", sessionId: S1, via: "local" });
    const exchanged = await tokens.sign({ userId: U1, councilId: "c1", sessionId: S1, via: "oidc" });
    expect(await tokens.verify(exchanged)).toEqual({ userId: U1, councilId: "c1", sessionId: S1, via: "oidc" });
  });

  it("refuses a token signed with another secret, a tampered token and an expired one", async () => {
    const ours = createSessionTokens({ secret: "a".repeat(32) });
    const theirs = createSessionTokens({ secret: "b".repeat(32) });
    const token = await theirs.sign({ userId: U1, councilId: "c1", sessionId: S1 });
    expect(await ours.verify(token)).toBeNull();
    const good = await ours.sign({ userId: U1, councilId: "c1", sessionId: S1 });
    // Change the signature's first character to a different one: every bit of it is
    // significant, so the tampered token can never equal the good one (replacing the last
    // characters could, once in about a thousand runs, leave the signature's bytes unchanged).
    const [header, payload, signature = ""] = good.split(".");
    const tampered = `${header}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    expect(tampered).not.toBe(good);
    expect(await ours.verify(tampered)).toBeNull();
    const expired = await base()
      .setSubject(U1)
      .setJti(S1)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    expect(await ours.verify(expired)).toBeNull();
  });

  it("refuses a token without exp, without a session, or with a sub that is not a UUID (issue 9 finding 4)", async () => {
    const ours = createSessionTokens({ secret: "a".repeat(32) });
    expect(await ours.verify(await base().setSubject(U1).setJti(S1).setIssuedAt().sign(secret))).toBeNull();
    expect(await ours.verify(await base().setSubject(U1).setIssuedAt().setExpirationTime("1h").sign(secret))).toBeNull();
    expect(await ours.verify(await base().setSubject("not-a-uuid").setJti(S1).setIssuedAt().setExpirationTime("1h").sign(secret))).toBeNull();
    expect(await ours.verify(await base().setSubject(U1).setJti(S1).setIssuedAt().setExpirationTime("1h").sign(secret))).not.toBeNull();
  });
});
