import { describe, expect, it } from "vitest";
import { base64Url, challengeFor, createPkcePair, randomUrlSafe } from "./pkce";

describe("PKCE (RFC 7636, S256)", () => {
  it("computes the challenge of RFC 7636 appendix B's example verifier", async () => {
    await expect(challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).resolves.toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes a fresh 43-character url-safe verifier each time, with its matching challenge", async () => {
    const a = await createPkcePair();
    const b = await createPkcePair();
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.verifier).not.toBe(b.verifier);
    expect(a.method).toBe("S256");
    await expect(challengeFor(a.verifier)).resolves.toBe(a.challenge);
  });

  it("refuses a verifier that is too short or has characters RFC 7636 does not allow", async () => {
    await expect(challengeFor("short")).rejects.toThrow("code verifier: must be 43 to 128 characters");
    await expect(challengeFor(`${"a".repeat(42)}+`)).rejects.toThrow("code verifier");
  });

  it("encodes base64url without padding", () => {
    expect(base64Url(new Uint8Array([251, 255]))).toBe("-_8");
    expect(randomUrlSafe(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
