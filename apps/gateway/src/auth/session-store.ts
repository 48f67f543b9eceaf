import { type PlatformTransaction, type PrismaClient, withPlatform } from "@csc/db";
import { isRecordId } from "../services/council-scope";
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
 * timeout), read with the user and their roles in `councilId` in one statement outside any transaction (the
 * function live_session_of, migration 1770100000001: one round trip, where the platform role's transaction took
 * four); null otherwise. At most once a minute the session's last use is written, through the platform role.
 */
export async function liveSessionUser(
  root: PrismaClient,
  sessionId: string,
  userId: string,
  councilId: string | null,
  idleSeconds = SESSION_IDLE_SECONDS,
): Promise<SessionUser | null> {
  if (!isRecordId(sessionId)) return null;
  const [session] = await root.$queryRaw<SessionRow[]>`
    SELECT user_id AS "userId", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", revoked_at AS "revokedAt",
      is_platform_admin AS "isPlatformAdmin", disabled_at AS "disabledAt", roles
    FROM live_session_of(${sessionId}::uuid, ${councilId}::text)`;
  const now = Date.now();
  if (!session || session.userId !== userId || session.revokedAt) return null;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + idleSeconds * 1000 <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await withPlatform(root, (tx) => tx.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } }));
  }
  return {
    id: session.userId,
    isPlatformAdmin: session.isPlatformAdmin,
    disabledAt: session.disabledAt,
    roles: session.roles.filter(isCouncilRole).map((role) => ({ role })),
  };
}

/**
 * Refuses to start a gateway whose login role may not call live_session_of: on an external PostgreSQL whose
 * csc_gateway was created after the migrations, the grant is the administrator's (gatewayLoginRoleSql), and
 * without it every signed-in request would fail.
 */
export async function assertSessionLookup(root: PrismaClient): Promise<void> {
  const [row] = await root.$queryRaw<{ allowed: boolean; role: string }[]>`
    SELECT has_function_privilege('live_session_of(uuid, text)', 'EXECUTE') AS allowed, current_user::text AS role`;
  if (row?.allowed) return;
  const role = row?.role ?? "the login role";
  throw new Error(`${role} may not look sessions up: as an administrator, GRANT EXECUTE ON FUNCTION live_session_of(uuid, text) TO ${role}`);
}

export async function revokeSession(db: PlatformTransaction, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Revokes every open session of a user (sign out everywhere, a password reset); returns how many ended. */
export async function revokeSessionsOf(db: PlatformTransaction, userId: string): Promise<number> {
  const { count } = await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}
