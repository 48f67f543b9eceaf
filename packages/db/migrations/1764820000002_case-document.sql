-- Up Migration
-- Documents attached to a case (letters, emails, reports): up to 20 MB each, type checked by content.
-- Stored in PostgreSQL by default (content bytea) so a database backup holds them; a council may point the
-- gateway's document store at an S3-compatible store instead (storage = 's3', storage_key names the object).
-- PERSONAL DATA: only officers and managers list or download them; each download is audited.
CREATE TABLE case_document (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 20971520),
  sha256 text NOT NULL,
  storage text NOT NULL DEFAULT 'postgres' CHECK (storage IN ('postgres', 's3')),
  storage_key text,
  content bytea,
  uploaded_by uuid,
  uploaded_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id),
  FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id)
);
CREATE INDEX case_document_council_id_case_id_idx ON case_document (council_id, case_id);

ALTER TABLE case_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON case_document
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON case_document TO csc_app;

-- Down Migration
DROP TABLE case_document;
