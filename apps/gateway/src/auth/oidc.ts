import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import type { JWTVerifyGetKey } from "jose";

/**
 * OIDC bearer tokens from a council's own identity provider. The council configures its issuer, audience
 * (client id) and JWKS address; the token's signature, issuer, audience and expiry are checked with `jose`.
 */
export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUri: string;
}

interface OidcIdentity {
  subject: string;
  email: string | null;
}

/** The unverified issuer, only to choose which council's settings to verify against. */
export function peekIssuer(token: string): string | null {
  try {
    const iss = decodeJwt(token).iss;
    return typeof iss === "string" ? iss : null;
  } catch {
    return null;
  }
}

export function createOidcVerifier(keysFor: (settings: OidcSettings) => JWTVerifyGetKey = remoteKeys()) {
  return async function verifyOidcToken(token: string, settings: OidcSettings): Promise<OidcIdentity | null> {
    try {
      const { payload } = await jwtVerify(token, keysFor(settings), {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ["RS256", "ES256", "PS256", "EdDSA"],
      });
      if (typeof payload.sub !== "string" || payload.sub.length === 0) return null;
      return { subject: payload.sub, email: typeof payload.email === "string" ? payload.email : null };
    } catch {
      return null;
    }
  };
}
export type OidcVerifier = ReturnType<typeof createOidcVerifier>;

/** One cached remote key set per JWKS address. */
function remoteKeys(): (settings: OidcSettings) => JWTVerifyGetKey {
  const cache = new Map<string, JWTVerifyGetKey>();
  return (settings) => {
    let keys = cache.get(settings.jwksUri);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(settings.jwksUri));
      cache.set(settings.jwksUri, keys);
    }
    return keys;
  };
}
