-- Up Migration
-- A case export being imported as a job (POST /imports/cases): how far it has got (records read, cases stored)
-- and, when it ends, what it did or why it was refused. Written outside the import's own transaction so any
-- gateway instance can answer for it while the import runs; the import itself is still all or nothing.
-- No personal data: counts, and refusals by row and case reference with their reason (as importCaseExport answers).
CREATE TABLE import_job (
  council_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  dry_run boolean NOT NULL DEFAULT false,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  records_total integer,
  records_read integer NOT NULL DEFAULT 0,
  cases_stored integer NOT NULL DEFAULT 0,
  summary jsonb,
  error text,
  started_by uuid,
  started_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id)
);

ALTER TABLE import_job ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON import_job
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE ON import_job TO csc_app;

-- Down Migration
DROP TABLE import_job;
