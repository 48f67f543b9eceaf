import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createSessionTokens } from "./session-token";

describe("session tokens (HS256)", () => {
  it("round-trips the user and council", async () => {
    const tokens = createSessionTokens({ secret: "s".repeat(32) });
    const token = await tokens.sign({ userId: "u1", councilId: "c1" });
    expect(await tokens.verify(token)).toEqual({ userId: "u1", councilId: "c1" });
  });

  it("refuses a token signed with another secret, a tampered token and an expired one", async () => {
    const ours = createSessionTokens({ secret: "a".repeat(32) });
    const theirs = createSessionTokens({ secret: "b".repeat(32) });
    const token = await theirs.sign({ userId: "u1", councilId: "c1" });
    expect(await ours.verify(token)).toBeNull();
    const good = await ours.sign({ userId: "u1", councilId: "c1" });
    expect(await ours.verify(good.slice(0, -2) + "xx")).toBeNull();
    const expired = await new SignJWT({ council: "c1" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("u1")
      .setIssuer("csc-gateway")
      .setAudience("csc-gateway")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode("a".repeat(32)));
    expect(await ours.verify(expired)).toBeNull();
  });
});
