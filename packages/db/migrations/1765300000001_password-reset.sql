-- Up Migration
-- Password reset (issue 9): a one-time link e-mailed to the account's address. Only the SHA-256 of the link's
-- token is stored; a reset expires (expires_at) and is used once (used_at). A platform table like user_session:
-- the application role (csc_app) gets no access; the gateway's platform connection reads and writes it.
CREATE TABLE password_reset (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  user_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL,
  used_at timestamptz(3)
);
CREATE INDEX password_reset_user_id_idx ON password_reset (user_id, created_at);
ALTER TABLE password_reset ADD FOREIGN KEY (user_id) REFERENCES app_user (id);
ALTER TABLE password_reset ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON password_reset FROM csc_app;

-- Down Migration
DROP TABLE password_reset;
