import type { PlatformTransaction } from "@csc/db";
import { withPlatform, type GatewayPrisma } from "../db/client";
import { unauthenticated } from "../errors/gateway-error";
import { isApiKey, viewerForApiKey } from "./api-key";
import type { OidcVerifier } from "./oidc";
import { peekIssuer } from "./oidc";
import type { CouncilRole } from "./roles";
import { SESSION_ISSUER } from "./session-token";
import { liveSessionUser, type SessionUser } from "./session-store";
import type { SessionTokens } from "./session-token";
import type { Viewer } from "./viewer";

export interface ViewerDeps {
  root: GatewayPrisma;
  sessions: SessionTokens;
  verifyOidc: OidcVerifier;
}

function bearerOf(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated("The Authorization header must be `Bearer <token>`");
  return match[1];
}

/** The viewer a user is in one council (or on the platform), or null when the account is disabled or holds no role there. */
function viewerOf(user: SessionUser, councilId: string | null, via: Viewer["via"]): Viewer | null {
  if (user.disabledAt) return null;
  const roles: CouncilRole[] = councilId ? user.roles.map((r) => r.role) : [];
  if (councilId ? roles.length === 0 : !user.isPlatformAdmin) return null;
  return { userId: user.id, councilId, roles, platformAdmin: user.isPlatformAdmin, via };
}

/** The user's roles in one council, or null when the account is disabled or holds none there. */
async function viewerFor(root: PlatformTransaction, userId: string, councilId: string | null, via: Viewer["via"]): Promise<Viewer | null> {
  const user = await root.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      isPlatformAdmin: true,
      disabledAt: true,
      roles: { where: councilId ? { councilId } : { councilId: { in: [] } }, select: { role: true } },
    },
  });
  return user ? viewerOf(user, councilId, via) : null;
}

/**
 * Who is asking, from the Authorization header: a session token this gateway signed (local accounts), or an
 * OIDC token from a council's own identity provider (issuer configured on the council), or an analyst's read-only
 * API key (`csc_…`, auth/api-key.ts). No header: nobody
 * (only signIn answers). A bad or expired token is UNAUTHENTICATED, never a silent downgrade.
 */
export async function resolveViewer(authorization: string | undefined, deps: ViewerDeps, requestId: string | null = null): Promise<Viewer | null> {
  const token = bearerOf(authorization);
  if (!token) return null;
  if (isApiKey(token)) return viewerForApiKey(deps.root, token, requestId);
  const issuer = peekIssuer(token);
  if (issuer === SESSION_ISSUER) {
    const claims = await deps.sessions.verify(token);
    // The session, its user and their roles in one statement, outside any transaction (one round trip).
    const user = claims ? await liveSessionUser(deps.root, claims.sessionId, claims.userId, claims.councilId) : null;
    const viewer = user && claims ? viewerOf(user, claims.councilId, claims.via ?? "local") : null;
    if (!viewer || !claims) throw unauthenticated("Your session has ended or is not valid; sign in again");
    return { ...viewer, sessionId: claims.sessionId };
  }
  if (issuer) {
    const councils = await withPlatform(deps.root, (tx) =>
      tx.council.findMany({
        where: { oidcIssuer: issuer, active: true, oidcAudience: { not: null }, oidcJwksUri: { not: null } },
        select: { id: true, oidcIssuer: true, oidcAudience: true, oidcJwksUri: true },
      }),
    );
    for (const council of councils) {
      const identity = await deps.verifyOidc(token, {
        issuer,
        audience: council.oidcAudience ?? "",
        jwksUri: council.oidcJwksUri ?? "",
      });
      if (!identity) continue;
      const viewer = await withPlatform(deps.root, async (tx) => {
        const user = await tx.user.findUnique({
          where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: identity.subject } },
          select: { id: true },
        });
        return user ? viewerFor(tx, user.id, council.id, "oidc") : null;
      });
      if (viewer) return viewer;
    }
  }
  throw unauthenticated("The token is not valid for any council");
}
