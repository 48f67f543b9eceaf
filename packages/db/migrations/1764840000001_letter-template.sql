-- Up Migration
-- A council's wording of the procedure's letters (acknowledgement, Stage 1 response, adjudication, ...), versioned:
-- each save adds a version, the highest is in use. The statutory blocks are not stored here: the platform supplies
-- them (Children Act 1989 s.26A; SI 2006/1738 regs 14-20) and the gateway refuses a wording that drops one.
-- A council with no row for a letter uses the platform's default wording. Holds no personal data.
CREATE TABLE letter_template (
  council_id text NOT NULL REFERENCES council (id),
  kind text NOT NULL CHECK (kind IN (
    'acknowledgement', 'stage1_response', 'terms_of_resolution', 'statement_of_complaint', 'adjudication',
    'review_panel_invitation', 'panel_response', 'not_considered', 'compliment_thanks'
  )),
  version integer NOT NULL CHECK (version > 0),
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  saved_by uuid,
  saved_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (council_id, kind, version)
);

ALTER TABLE letter_template ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON letter_template
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT ON letter_template TO csc_app;

-- Down Migration
DROP TABLE letter_template;
