-- Up Migration
-- A council's annual report layout as data (issue 12, "Layouts are data"): sections, tables, cells naming measures,
-- charts, text and rounding, as the JSON council-kit's layout schema validates (the gateway checks every version
-- before it is stored). Versioned: every save is a new version with who saved it and when (never updated or
-- deleted); the report is built from the latest. A council with no stored version uses its plugin's packaged
-- layout, or the standard layout. No personal data: a layout only chooses and labels figures.
CREATE TABLE report_layout (
  council_id text NOT NULL REFERENCES council (id),
  version integer NOT NULL CHECK (version >= 1),
  layout jsonb NOT NULL CHECK (jsonb_typeof(layout) = 'object'),
  note text CHECK (note IS NULL OR length(note) <= 500),
  saved_by uuid,
  saved_by_name text NOT NULL,
  saved_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, version)
);

CREATE TRIGGER report_layout_append_only BEFORE UPDATE OR DELETE ON report_layout
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

ALTER TABLE report_layout ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON report_layout
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT ON report_layout TO csc_app;

-- Down Migration
DROP TABLE report_layout;
