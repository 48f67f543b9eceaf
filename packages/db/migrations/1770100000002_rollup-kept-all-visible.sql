-- Up Migration
-- The comparison and the report read counted_unit_rollup by index-only scans of its covering key; a page changed
-- since the last vacuum is not all-visible, so the scan fetches its rows from the heap as well. Every import and
-- officer's save updates rollup rows, and with PostgreSQL's defaults (a vacuum after 20% of 11.5 million rows change
-- at national scale) the national comparison of one year fetched 27,329 rows from the heap: 37,107 buffers read and
-- 285 ms in compare_rollup. After a VACUUM, 17,460 buffers and 240 ms, and a first comparison after a restart has
-- half the pages to read from disk. So the rollup is vacuumed after about 1% of its rows change (or are added), which
-- visits only the pages changed since the last one.
ALTER TABLE counted_unit_rollup SET (
  autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000,
  autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_insert_threshold = 1000
);

-- Down Migration
ALTER TABLE counted_unit_rollup RESET (
  autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold,
  autovacuum_vacuum_insert_scale_factor, autovacuum_vacuum_insert_threshold
);
