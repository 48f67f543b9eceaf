-- Up Migration
-- A council's import mapping (issue 12 item 2, importers as data): how its old case system's CSV export is read
-- (columns to fields, date formats, local values to vocabulary entries, date columns as lifecycle events), the
-- JSON @csc/council-kit importMappingSchema validates. Versioned and append-only: each save is a new version, the
-- highest is in force; who saved it and when are kept beside it (the audit log has every save).
CREATE TABLE import_mapping (
  council_id text NOT NULL REFERENCES council (id),
  version integer NOT NULL CHECK (version >= 1),
  mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object' AND length(mapping::text) <= 200000),
  saved_by uuid,
  saved_by_name text NOT NULL,
  saved_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, version)
);

ALTER TABLE import_mapping ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON import_mapping
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT ON import_mapping TO csc_app;

-- Down Migration
DROP TABLE import_mapping;
