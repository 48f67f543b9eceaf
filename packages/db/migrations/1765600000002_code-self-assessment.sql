-- Up Migration
-- The council's annual self-assessment against the LGSCO Complaint Handling Code (applies from 1 April 2026;
-- LGSCO policy, not statute): per financial year and Code section (the Code's nine section headings, kept in
-- @csc/rules CODE_SECTIONS), whether the council complies (yes, partly, no), its evidence and the actions it will
-- take. Printed in the annual complaint performance and service improvement report. `version` is the optimistic
-- lock; who last changed it and when are kept beside it (the audit log has every change).
CREATE TABLE code_self_assessment (
  council_id text NOT NULL REFERENCES council (id),
  financial_year integer NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
  section_id text NOT NULL CHECK (length(section_id) BETWEEN 1 AND 40),
  compliance text NOT NULL CHECK (compliance IN ('yes', 'partly', 'no')),
  evidence text NOT NULL CHECK (length(btrim(evidence)) BETWEEN 1 AND 5000),
  actions text CHECK (actions IS NULL OR length(actions) <= 5000),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by uuid,
  updated_by_name text NOT NULL,
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, financial_year, section_id)
);

ALTER TABLE code_self_assessment ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON code_self_assessment
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE ON code_self_assessment TO csc_app;

-- Down Migration
DROP TABLE code_self_assessment;
