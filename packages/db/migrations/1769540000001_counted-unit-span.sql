-- Up Migration
-- A period prefilter for measureFromUnits (issue 11: `statistics` p95 ≤ 50 ms). Each counted unit stores its span,
-- `span_from` and `span_to`: the earliest and latest of every date a period filter can test on it (its metrics'
-- basis dates, the ends of its open intervals; 'infinity' while an interval is still open), derived by @csc/db
-- unitSpan from the unit @csc/rules countedUnits made, and written with the unit by storePreparedCountedUnits.
-- measureFromUnits adds `span_from <= period end AND span_to >= period start` ahead of its exact filters, so the
-- index below skips the units outside the period before their wide documents are read; the exact filters still
-- decide, so no figure moves. The index leads with (council_id, unit), so it replaces (council_id, unit).
--
-- Existing rows: their span is set open-ended ('-infinity', 'infinity': every day, so every filter still sees
-- them) and their case unit is marked as written by no rules version (rules_version 0), so the start-up rebuild
-- (bringCountedUnitsUpToDate → rebuildCountedUnits) stores them again with their real span through unitSpan: the
-- span is computed in one place, not a second time in SQL. The defaults are then dropped: every writer states the span.
-- No personal data: dates only. Grants and row-level security unchanged.
ALTER TABLE counted_unit
  ADD COLUMN span_from date NOT NULL DEFAULT '-infinity',
  ADD COLUMN span_to date NOT NULL DEFAULT 'infinity';
ALTER TABLE counted_unit ALTER COLUMN span_from DROP DEFAULT, ALTER COLUMN span_to DROP DEFAULT;
UPDATE counted_unit SET rules_version = 0 WHERE unit = 'case' AND item = 0;
DROP INDEX counted_unit_council_id_unit_idx;
CREATE INDEX counted_unit_council_id_unit_span_idx ON counted_unit (council_id, unit, span_from, span_to);

-- Down Migration
DROP INDEX counted_unit_council_id_unit_span_idx;
CREATE INDEX counted_unit_council_id_unit_idx ON counted_unit (council_id, unit);
ALTER TABLE counted_unit DROP COLUMN span_from, DROP COLUMN span_to;
