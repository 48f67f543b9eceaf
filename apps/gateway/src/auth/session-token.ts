import { randomBytes } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";

/**
 * Session tokens for local accounts: JWT signed with HS256. The secret comes from CSC_SESSION_SECRET or is
 * generated at start (sessions then end when the gateway restarts). Roles are not in the token: they are read
 * from the database on each request, so a removed role takes effect at once.
 */
export const SESSION_ISSUER = "csc-gateway";
/** Absolute lifetime of a session (local policy): a working day. */
export const SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;
const AUDIENCE = "csc-gateway";

export interface SessionClaims {
  userId: string;
  councilId: string | null;
  /** The server-side session (user_session) the token belongs to: revoked on sign-out, idle and absolute timeouts. */
  sessionId: string;
  /** How the person proved who they are: this platform's password (local, the default) or the council's identity provider (oidc). */
  via?: "local" | "oidc";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SessionTokens {
  sign(claims: SessionClaims): Promise<string>;
  verify(token: string): Promise<SessionClaims | null>;
}

export function createSessionTokens(options: { secret?: string; ttlSeconds?: number } = {}): SessionTokens {
  const secret = options.secret ? new TextEncoder().encode(options.secret) : new Uint8Array(randomBytes(32));
  const ttl = options.ttlSeconds ?? SESSION_ABSOLUTE_SECONDS;
  return {
    async sign({ userId, councilId, sessionId, via }) {
      return new SignJWT({ council: councilId, ...(via === "oidc" ? { via } : {}) })
        .setJti(sessionId)
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
          // A token without an expiry, an issue time or a session is refused (jose checks exp when present only).
          requiredClaims: ["exp", "iat", "jti", "sub"],
        });
        // Ids are UUIDs: anything else is a forged or broken token (UNAUTHENTICATED, never a database error).
        if (typeof payload.sub !== "string" || !UUID.test(payload.sub)) return null;
        if (typeof payload.jti !== "string" || !UUID.test(payload.jti)) return null;
        const council = payload.council;
        return {
          userId: payload.sub,
          councilId: typeof council === "string" ? council : null,
          sessionId: payload.jti,
          via: payload.via === "oidc" ? "oidc" : "local",
        };
      } catch {
        return null;
      }
    },
  };
}
