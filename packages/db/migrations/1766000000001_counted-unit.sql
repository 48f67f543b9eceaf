-- Up Migration
-- Counted units (issue 11): one row per unit a measure counts (the case, each stage, each reason, each LGSCO referral),
-- computed by @csc/rules countedUnits from the case's facts and stored with the case, so reports count at the database
-- (@csc/db measureFromUnits) with no counting rule written in SQL. `metrics`: by metric, the unit's basis dates
-- ("r" received, "c" completed), hit and value, present only when the unit is in the metric's base; `dims`: dimension
-- key → its values. `rules_version`: the @csc/rules COUNTED_UNITS_VERSION that wrote the row (rebuildCountedUnits
-- rebuilds the cases whose case unit is missing or older). No personal data: dates, flags and vocabulary codes.
CREATE TABLE counted_unit (
  council_id text NOT NULL,
  case_id uuid NOT NULL,
  unit text NOT NULL CHECK (unit IN ('case', 'stage', 'reason', 'lgsco')),
  item integer NOT NULL CHECK (item >= 0),
  stage stage,
  stages_reached text[] NOT NULL,
  metrics jsonb NOT NULL DEFAULT '{}',
  dims jsonb NOT NULL DEFAULT '{}',
  rules_version integer NOT NULL,
  PRIMARY KEY (council_id, case_id, unit, item),
  FOREIGN KEY (council_id, case_id) REFERENCES case_record (council_id, id) ON DELETE CASCADE
);
CREATE INDEX counted_unit_council_id_unit_idx ON counted_unit (council_id, unit);

ALTER TABLE counted_unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON counted_unit
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
GRANT SELECT, INSERT, DELETE ON counted_unit TO csc_app;

-- Down Migration
DROP TABLE counted_unit;
