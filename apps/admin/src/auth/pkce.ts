/**
 * PKCE (RFC 7636) for the authorization code flow with a council's identity provider: a random code verifier
 * and its S256 challenge, computed with WebCrypto. The plain method is never used.
 */
interface PkcePair {
  verifier: string;
  challenge: string;
  method: "S256";
}

/** base64url without padding (RFC 7636 appendix A). */
export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** `bytes` random bytes as base64url: 32 bytes give the 43-character verifier RFC 7636 recommends. */
export function randomUrlSafe(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 challenge: base64url(SHA-256(ASCII(verifier))). */
export async function challengeFor(verifier: string): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new Error("code verifier: must be 43 to 128 characters of A-Z, a-z, 0-9, -, ., _ or ~ (RFC 7636 section 4.1)");
  }
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export async function createPkcePair(): Promise<PkcePair> {
  const verifier = randomUrlSafe(32);
  return { verifier, challenge: await challengeFor(verifier), method: "S256" };
}
