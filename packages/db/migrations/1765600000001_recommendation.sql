-- Up Migration
-- Recommendations made on a case by the Stage 2 investigation or adjudication (SI 2006/1738 regs 17-18), the
-- review panel (reg 20) or the Local Government and Social Care Ombudsman, tracked to completion: who owns each
-- (an officer of the council), when it is due, where it stands (open, in progress, done, not accepted) and the
-- evidence that it was done. Written for publication (no personal data). `version` is the optimistic lock: every
-- change says which version it read.
CREATE TABLE recommendation (
  council_id text NOT NULL REFERENCES council (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('stage2', 'review_panel', 'ombudsman')),
  summary text NOT NULL CHECK (length(btrim(summary)) BETWEEN 3 AND 2000),
  owner_id uuid REFERENCES app_user (id),
  made_on date NOT NULL,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'not_accepted')),
  completed_on date,
  evidence text CHECK (evidence IS NULL OR length(evidence) <= 5000),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, id),
  FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id),
  CHECK (due_on IS NULL OR due_on >= made_on),
  CHECK (status <> 'done' OR (completed_on IS NOT NULL AND evidence IS NOT NULL))
);
CREATE INDEX recommendation_council_id_status_due_on_idx ON recommendation (council_id, status, due_on);
CREATE INDEX recommendation_council_id_case_id_idx ON recommendation (council_id, case_id);

ALTER TABLE recommendation ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON recommendation
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE ON recommendation TO csc_app;

-- Down Migration
DROP TABLE recommendation;
