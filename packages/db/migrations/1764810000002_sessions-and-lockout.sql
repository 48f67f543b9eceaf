-- Up Migration
-- Server-side sessions of local accounts: a signed token names its session, and the session can be revoked
-- (signOut), ends after an idle period and at an absolute expiry. A platform table (like app_user): the
-- application role (csc_app) gets no access; the gateway's platform connection reads and writes it.
CREATE TABLE user_session (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  user_id uuid NOT NULL,
  signed_in_council text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL,
  revoked_at timestamptz(3)
);
CREATE INDEX user_session_user_id_idx ON user_session (user_id);
ALTER TABLE user_session ADD FOREIGN KEY (user_id) REFERENCES app_user (id);
ALTER TABLE user_session ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON user_session FROM csc_app;

-- Lockout: consecutive failed sign-ins of an account; at the limit the account is locked until an administrator
-- unlocks it (unlockCouncilUser).
ALTER TABLE app_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_at timestamptz(3);

-- Down Migration
ALTER TABLE app_user DROP COLUMN locked_at;
ALTER TABLE app_user DROP COLUMN failed_sign_ins;
DROP TABLE user_session;
