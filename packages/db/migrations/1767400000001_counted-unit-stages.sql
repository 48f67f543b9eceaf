-- Up Migration
-- Counted units carry what every MeasureSpec needs (issue 11), so the database counts them all: `stages`, the stages
-- a unit's stage-level dimensions describe (each with its open intervals, dimension values and band basis, as
-- @csc/rules decides them), and `open`, the case's open intervals [from, to) for snapshot metrics (open_at_start,
-- open_at_end). COUNTED_UNITS_VERSION 2 writes them; rebuildCountedUnits rebuilds older rows at start-up. The table's
-- grants and row-level security are unchanged. No personal data: dates, working-day counts and vocabulary codes.
ALTER TABLE counted_unit
  ADD COLUMN stages jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN open jsonb NOT NULL DEFAULT '[]';

-- Down Migration
ALTER TABLE counted_unit DROP COLUMN stages, DROP COLUMN open;
