import type { PlatformTransaction } from "@csc/db";
import { COUNCIL_ROLES, type CouncilRole } from "./roles";
import { SESSION_ABSOLUTE_SECONDS } from "./session-token";

/** A session ends after this long without a request (local policy; NCSC: re-authenticate after inactivity). */
const SESSION_IDLE_SECONDS = 30 * 60;
/** last_seen_at is written at most this often, so every request does not write. */
const TOUCH_EVERY_MS = 60_000;

/** Each runs in the caller's platform transaction (withPlatform): user_session is a platform table. */
export async function openSession(db: PlatformTransaction, userId: string, councilId: string | null): Promise<string> {
  const { id } = await db.userSession.create({
    data: { userId, signedInCouncil: councilId, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000) },
    select: { id: true },
  });
  return id;
}

/** The session's user as a request needs it: disabled or not, platform administrator or not, roles in one council. */
export interface SessionUser {
  id: string;
  isPlatformAdmin: boolean;
  disabledAt: Date | null;
  /** The user's roles in the session's council (none asked for a session without a council). */
  roles: Array<{ role: CouncilRole }>;
}

interface SessionRow {
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  isPlatformAdmin: boolean;
  disabledAt: Date | null;
  roles: string[];
}

const isCouncilRole = (role: string): role is CouncilRole => (COUNCIL_ROLES as readonly string[]).includes(role);

/**
 * The session's user while the session is open (not revoked, not past its absolute expiry, used within the idle
 * timeout), read with the user and their roles in `councilId` in one statement (one round trip, where the three
 * model reads took three); null otherwise.
 */
export async function liveSessionUser(
  db: PlatformTransaction,
  sessionId: string,
  userId: string,
  councilId: string | null,
  idleSeconds = SESSION_IDLE_SECONDS,
): Promise<SessionUser | null> {
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s.user_id::text AS "userId", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt",
      u.is_platform_admin AS "isPlatformAdmin", u.disabled_at AS "disabledAt",
      ARRAY(SELECT r.role::text FROM user_council_role r WHERE r.user_id = s.user_id AND r.council_id = ${councilId}::text) AS roles
    FROM user_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid`;
  const now = Date.now();
  if (!session || session.userId !== userId || session.revokedAt) return null;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + idleSeconds * 1000 <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    id: session.userId,
    isPlatformAdmin: session.isPlatformAdmin,
    disabledAt: session.disabledAt,
    roles: session.roles.filter(isCouncilRole).map((role) => ({ role })),
  };
}

export async function revokeSession(db: PlatformTransaction, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Revokes every open session of a user (sign out everywhere, a password reset); returns how many ended. */
export async function revokeSessionsOf(db: PlatformTransaction, userId: string): Promise<number> {
  const { count } = await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}
