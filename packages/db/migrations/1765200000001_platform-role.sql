-- Up Migration
-- Least privilege (issue 9 finding 7). The gateway's login role owns nothing and holds no privilege of its own:
-- it can only SET ROLE into csc_app (council work, row-level security by app.council_id) or into csc_platform
-- (sign-in, sessions, invitations, council creation). csc_platform reads and writes the platform tables only and
-- has no grant on any case table: it cannot read a child's case, narrative or people.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'csc_platform') THEN
    CREATE ROLE csc_platform NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
-- The migrating role (the owner) may switch to it, as it may to csc_app: a simple set-up where the gateway
-- connects as the owner still runs its platform work as csc_platform.
GRANT csc_platform TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO csc_platform;

-- Councils: listed, looked up and created (createCouncil). Its settings and online-form switch are changed by the
-- council's own administrator, as csc_app, on the council's own row only.
GRANT SELECT, INSERT ON council TO csc_platform;
GRANT UPDATE (settings, accepts_public_feedback) ON council TO csc_app;
-- Accounts: sign-in (password hash, lockout), account creation, password change, disabling.
-- Never a platform administrator (the policy below refuses the row; create-platform-admin runs as the owner).
GRANT SELECT, INSERT ON app_user TO csc_platform;
GRANT UPDATE (password_hash, password_set_by_admin, failed_sign_ins, locked_at, disabled_at) ON app_user TO csc_platform;
-- Which councils an account holds roles in, and its invitations (read; answered as csc_app in the council).
GRANT SELECT ON user_council_role, council_invitation TO csc_platform;
-- Sessions: opened at sign-in, checked on every request, revoked at sign-out.
GRANT SELECT, INSERT ON user_session TO csc_platform;
GRANT UPDATE (last_seen_at, revoked_at) ON user_session TO csc_platform;
-- The audit trail of platform actions and failed sign-ins: appended (RETURNING needs SELECT); never changed.
GRANT SELECT, INSERT ON audit_log TO csc_platform;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO csc_platform;

-- The background jobs' role: pg-boss's own tables in schema pgboss only (granted when the gateway installs that
-- schema as the owner); the gateway's job-queue connections start as it (`-c role=csc_jobs`).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'csc_jobs') THEN
    CREATE ROLE csc_jobs NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
GRANT csc_jobs TO CURRENT_USER;

-- Row-level security stays on for every role; csc_platform gets its own policies on the platform tables only.
CREATE POLICY platform_access ON council TO csc_platform USING (true) WITH CHECK (true);
CREATE POLICY platform_read ON app_user FOR SELECT TO csc_platform USING (true);
CREATE POLICY platform_create ON app_user FOR INSERT TO csc_platform WITH CHECK (NOT is_platform_admin);
CREATE POLICY platform_update ON app_user FOR UPDATE TO csc_platform USING (true) WITH CHECK (true);
CREATE POLICY platform_read ON user_council_role FOR SELECT TO csc_platform USING (true);
CREATE POLICY platform_read ON council_invitation FOR SELECT TO csc_platform USING (true);
CREATE POLICY platform_access ON user_session TO csc_platform USING (true) WITH CHECK (true);
CREATE POLICY platform_read ON audit_log FOR SELECT TO csc_platform USING (true);
CREATE POLICY platform_append ON audit_log FOR INSERT TO csc_platform WITH CHECK (true);

-- Down Migration
DROP POLICY platform_append ON audit_log;
DROP POLICY platform_read ON audit_log;
DROP POLICY platform_access ON user_session;
DROP POLICY platform_read ON council_invitation;
DROP POLICY platform_read ON user_council_role;
DROP POLICY platform_update ON app_user;
DROP POLICY platform_create ON app_user;
DROP POLICY platform_read ON app_user;
DROP POLICY platform_access ON council;
REVOKE ALL ON audit_log, user_session, council_invitation, user_council_role, app_user, council FROM csc_platform;
REVOKE USAGE ON SEQUENCE audit_log_id_seq FROM csc_platform;
REVOKE USAGE ON SCHEMA public FROM csc_platform;
REVOKE UPDATE (settings, accepts_public_feedback) ON council FROM csc_app;
