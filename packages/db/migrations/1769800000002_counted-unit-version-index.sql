-- Up Migration
-- Start-up's check for stale counted units (@csc/db rebuildCountedUnits): the council's cases are counted against
-- its case units of the current rules version, from this index alone (an index-only count), before any case is
-- looked up. At national scale (2.59 million cases) the look-up of every case's unit in the heap took 35 s at every
-- start and pushed the rollup out of the page cache.
CREATE INDEX counted_unit_case_version_idx ON counted_unit (council_id, rules_version) WHERE unit = 'case' AND item = 0;

-- Down Migration
DROP INDEX counted_unit_case_version_idx;
