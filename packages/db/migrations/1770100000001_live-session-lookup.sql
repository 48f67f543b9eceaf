-- Up Migration
-- Every request signed in with a session token looks its session up: the session, its user and the user's roles in
-- the session's council. Through the platform role that took four round trips (BEGIN, SET LOCAL ROLE csc_platform,
-- the read, COMMIT), and each waits behind whatever else the gateway is doing, so under load the lookup cost an
-- officer's request about 25 ms. This narrow SECURITY DEFINER function (owned by the migration role, fixed
-- search_path) answers it in one statement, outside any transaction: given a session id (a random uuid the
-- gateway's signed token names) and a council, it returns that session's times, its user's flags and the user's roles
-- in that council, and nothing else. EXECUTE goes to csc_platform and to the gateway's login role (csc_gateway,
-- which could read the same rows already by SET ROLE csc_platform); gatewayLoginRoleSql grants it too, for a login
-- role created after this migration. Writing the session (sign-in, the once-a-minute touch, sign-out) stays on the
-- platform role.
CREATE FUNCTION live_session_of(session_id uuid, council_id text) RETURNS TABLE (
  user_id text, last_seen_at timestamptz(3), expires_at timestamptz(3), revoked_at timestamptz(3),
  is_platform_admin boolean, disabled_at timestamptz(3), roles text[]
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.user_id::text, s.last_seen_at, s.expires_at, s.revoked_at, u.is_platform_admin, u.disabled_at,
    ARRAY(SELECT r.role::text FROM user_council_role r WHERE r.user_id = s.user_id AND r.council_id = live_session_of.council_id ORDER BY 1)
  FROM user_session s JOIN app_user u ON u.id = s.user_id
  WHERE s.id = live_session_of.session_id
$$;
REVOKE ALL ON FUNCTION live_session_of(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION live_session_of(uuid, text) TO csc_platform;
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'csc_gateway') THEN
    GRANT EXECUTE ON FUNCTION live_session_of(uuid, text) TO csc_gateway;
  END IF;
END $$;

-- Down Migration
DROP FUNCTION live_session_of(uuid, text);
