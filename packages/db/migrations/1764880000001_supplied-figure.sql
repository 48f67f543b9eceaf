-- Up Migration
-- Supplied figures: figures a council takes from elsewhere and prints in its annual report as published there
-- (the Ombudsman's upheld rate from its annual letter, further complaints it recorded outside the report's scope),
-- per financial year, each with its source. Not computed from complaint records and kept apart from them: a report
-- prints each labelled "Supplied: <source>". Entered by the council's administrators; these override a council
-- adapter's own supplied figures of the same key and year.
CREATE TABLE supplied_figure (
  council_id text NOT NULL REFERENCES council (id),
  financial_year integer NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
  key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(key) <= 60),
  value double precision NOT NULL,
  source text NOT NULL CHECK (length(btrim(source)) BETWEEN 3 AND 300),
  entered_by uuid,
  entered_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, financial_year, key)
);

ALTER TABLE supplied_figure ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON supplied_figure
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON supplied_figure TO csc_app;

-- Down Migration
DROP TABLE supplied_figure;
