-- Up Migration
-- Accounts are one per person (e-mail). A council administrator who adds an e-mail that already has an account
-- (in another council, or the platform administrator's) records an invitation here; the person sees it when signed
-- in as themselves and accepts or declines it. Nothing of the existing account is read or changed on the way.
CREATE TABLE council_invitation (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  display_name text NOT NULL,
  roles council_role[] NOT NULL,
  invited_by uuid,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  answered_at timestamptz(3),
  accepted boolean,
  PRIMARY KEY (council_id, id)
);
CREATE INDEX council_invitation_council_id_email_idx ON council_invitation (council_id, email);
ALTER TABLE council_invitation ADD FOREIGN KEY (council_id) REFERENCES council (id);
ALTER TABLE council_invitation ADD FOREIGN KEY (invited_by) REFERENCES app_user (id);
ALTER TABLE council_invitation ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON council_invitation
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON council_invitation TO csc_app;

-- A password a council administrator typed is known to that administrator: the account cannot accept an
-- invitation to another council until its holder has chosen their own password (changePassword).
ALTER TABLE app_user ADD COLUMN password_set_by_admin boolean NOT NULL DEFAULT false;

-- Down Migration
ALTER TABLE app_user DROP COLUMN password_set_by_admin;
DROP TABLE council_invitation;
