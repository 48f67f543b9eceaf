-- Up Migration
-- The text a council writes for each section of its annual report, per financial year, versioned: every save is a
-- new version with who wrote it and when (never updated or deleted), and the report prints the latest. Beside it,
-- where the year's report stands: draft, approved (by whom, when), presented (to which committee, on which date,
-- and the committee's response), as reg 13(3) of SI 2006/1738 has the report go to a committee.
CREATE TABLE report_narrative (
  council_id text NOT NULL REFERENCES council (id),
  financial_year integer NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
  section_id text NOT NULL CHECK (length(section_id) BETWEEN 1 AND 100),
  version integer NOT NULL CHECK (version >= 1),
  body text NOT NULL CHECK (length(body) <= 20000),
  author_id uuid,
  author_name text NOT NULL,
  written_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, financial_year, section_id, version)
);

CREATE TRIGGER report_narrative_append_only BEFORE UPDATE OR DELETE ON report_narrative
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE report_status (
  council_id text NOT NULL REFERENCES council (id),
  financial_year integer NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'presented')),
  approved_by uuid,
  approved_by_name text,
  approved_at timestamptz(3),
  committee text,
  presented_on date,
  committee_response text,
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, financial_year)
);

ALTER TABLE report_narrative ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON report_narrative
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT ON report_narrative TO csc_app;
ALTER TABLE report_status ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON report_status
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE ON report_status TO csc_app;

-- Down Migration
DROP TABLE report_status;
DROP TABLE report_narrative;
