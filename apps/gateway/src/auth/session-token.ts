import { randomBytes } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";

/**
 * Session tokens for local accounts: JWT signed with HS256. The secret comes from CSC_SESSION_SECRET or is
 * generated at start (sessions then end when the gateway restarts). Roles are not in the token: they are read
 * from the database on each request, so a removed role takes effect at once.
 */
export const SESSION_ISSUER = "csc-gateway";
const AUDIENCE = "csc-gateway";

export interface SessionClaims {
  userId: string;
  councilId: string | null;
}

export interface SessionTokens {
  sign(claims: SessionClaims): Promise<string>;
  verify(token: string): Promise<SessionClaims | null>;
}

export function createSessionTokens(options: { secret?: string; ttlSeconds?: number } = {}): SessionTokens {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : new Uint8Array(randomBytes(32));
  const ttl = options.ttlSeconds ?? 8 * 60 * 60;
  return {
    async sign({ userId, councilId }) {
      return new SignJWT({ council: councilId })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(userId)
        .setIssuer(SESSION_ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttl}s`)
        .sign(secret);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, secret, {
          issuer: SESSION_ISSUER,
          audience: AUDIENCE,
          algorithms: ["HS256"],
        });
        if (typeof payload.sub !== "string") return null;
        const council = payload.council;
        return { userId: payload.sub, councilId: typeof council === "string" ? council : null };
      } catch {
        return null;
      }
    },
  };
}
