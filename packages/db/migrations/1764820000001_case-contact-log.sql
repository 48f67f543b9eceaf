-- Up Migration
-- The contact log of a case: each call, email, letter, meeting or visit with the complainant or others.
-- PERSONAL DATA (who, what was said): only officers and managers read it, and each read is audited.
-- Case notes need no table: they are case_narrative rows of kind 'note'.
CREATE TYPE contact_kind AS ENUM ('call', 'email', 'letter', 'meeting', 'visit');
CREATE TYPE contact_direction AS ENUM ('incoming', 'outgoing', 'in_person');

CREATE TABLE case_contact (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  kind contact_kind NOT NULL,
  direction contact_direction NOT NULL,
  occurred_on date NOT NULL,
  occurred_time text,
  with_whom text NOT NULL,
  summary text NOT NULL,
  author_id uuid,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id),
  FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id)
);
CREATE INDEX case_contact_council_id_case_id_idx ON case_contact (council_id, case_id);

ALTER TABLE case_contact ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_contact
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON case_contact TO csc_app;

-- Down Migration
DROP TABLE case_contact;
DROP TYPE contact_direction;
DROP TYPE contact_kind;
