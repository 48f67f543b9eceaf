-- Up Migration
-- The platform tables made after the least-privilege roles (1765200000001): csc_platform reads and writes them
-- with only what its work needs, as it does the other platform tables; csc_app keeps no grant on them.
-- Password-reset links (requestPasswordReset, resetPassword): created, read by the token's hash, marked used.
GRANT SELECT, INSERT ON password_reset TO csc_platform;
GRANT UPDATE (used_at) ON password_reset TO csc_platform;
CREATE POLICY platform_access ON password_reset TO csc_platform USING (true) WITH CHECK (true);
-- Analysts' API keys: created and revoked by administrators, checked and stamped with their last use on each request.
GRANT SELECT, INSERT ON analyst_api_key TO csc_platform;
GRANT UPDATE (revoked_at, revoked_by, last_used_at) ON analyst_api_key TO csc_platform;
CREATE POLICY platform_access ON analyst_api_key TO csc_platform USING (true) WITH CHECK (true);

-- Down Migration
DROP POLICY platform_access ON analyst_api_key;
DROP POLICY platform_access ON password_reset;
REVOKE ALL ON analyst_api_key, password_reset FROM csc_platform;
