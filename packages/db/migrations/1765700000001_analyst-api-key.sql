-- Up Migration
-- Read-only API keys for analysts (issue 11): a spreadsheet or BI tool sends one as `Authorization: Bearer csc_…`
-- to read aggregates only. Only the key's SHA-256 is kept (the key is shown once, when created); a key expires
-- (at most the platform's limit after creation, checked by the gateway) and can be revoked; every use is audited
-- and sets last_used_at. scoped_council: the council whose aggregates it reads; null: a cross-council key a platform administrator made for comparisons.
-- A platform table (like user_session): the gateway looks a key up before it knows the council, so the
-- application role (csc_app) gets no access; the gateway's platform connection reads and writes it.
CREATE TABLE analyst_api_key (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  scoped_council text REFERENCES council (id),
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL CHECK (expires_at > created_at),
  revoked_at timestamptz(3),
  revoked_by uuid REFERENCES app_user (id),
  last_used_at timestamptz(3)
);
CREATE INDEX analyst_api_key_scoped_council_idx ON analyst_api_key (scoped_council);
ALTER TABLE analyst_api_key ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON analyst_api_key FROM csc_app;

-- Down Migration
DROP TABLE analyst_api_key;
