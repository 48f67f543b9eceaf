-- Up Migration
-- The national comparison (issue 11: p95 ≤ 500 ms over 150 councils). Its read of counted_unit_rollup
-- (compare_rollup) takes about 80,000 rows for a financial year of 150 councils (the timeliness keys' rows by working
-- days most of all). Measured on the national data set (2.59 million complaints, 11.5 million rollup rows), a year:
-- - the rows were fetched from the heap one page each (90,000 buffers): the primary key now carries the sums it
--   returns (INCLUDE), so the read is an index-only scan (13,000 buffers; 220 → 103 ms inlined);
-- - the function's statement was planned without its arguments (a SQL function's generic plan: about 900 rows
--   expected), so it sorted the 80,000 rows to group them: 170 ms of sorting text keys. It is now PL/pgSQL
--   planning its statement for the arguments of each call (EXECUTE … USING: the councils and cells asked for), with
--   64 MB of work_mem for this function alone, so the groups are hashed: 240 → 100 ms a call. At most
--   ANALYTICS_CONCURRENCY comparisons run at once.
-- The rows and the sums are unchanged. Index-only scans rest on the visibility map, which autovacuum keeps; a
-- month still being written is read from the heap, as before.
ALTER TABLE counted_unit_rollup DROP CONSTRAINT counted_unit_rollup_pkey,
  ADD CONSTRAINT counted_unit_rollup_pkey PRIMARY KEY (council_id, metric, basis, unit, stage, month, dim, dim_value, days)
  INCLUDE (base, hits, value_sum, value_count);
CREATE OR REPLACE FUNCTION compare_rollup(council_ids text[], cell_units text[], cell_stages text[], cell_metrics text[],
  cell_bases text[], dims text[], month_from text, month_to text) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric
) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET work_mem = '64MB' AS $fn$
BEGIN
  RETURN QUERY EXECUTE $q$
    SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.dim, r.dim_value, r.days,
      sum(r.base)::bigint, sum(r.hits)::bigint, sum(r.value_sum)
    FROM counted_unit_rollup r
    WHERE r.council_id = ANY($1) AND r.metric = ANY($4)
      AND (r.unit, r.stage, r.metric, r.basis) IN (SELECT * FROM unnest($2, $3, $4, $5))
      AND (r.dim = '' OR r.dim = ANY($6)) AND r.month BETWEEN $7 AND $8
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8$q$
  USING council_ids, cell_units, cell_stages, cell_metrics, cell_bases, dims, month_from, month_to;
END
$fn$;

-- Down Migration
CREATE OR REPLACE FUNCTION compare_rollup(council_ids text[], cell_units text[], cell_stages text[], cell_metrics text[], cell_bases text[],
  dims text[], month_from text, month_to text) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.dim, r.dim_value, r.days,
    sum(r.base)::bigint, sum(r.hits)::bigint, sum(r.value_sum)
  FROM counted_unit_rollup r
  WHERE r.council_id = ANY(council_ids) AND r.metric = ANY(cell_metrics)
    AND (r.unit, r.stage, r.metric, r.basis) IN (SELECT * FROM unnest(cell_units, cell_stages, cell_metrics, cell_bases))
    AND (r.dim = '' OR r.dim = ANY(dims)) AND r.month BETWEEN month_from AND month_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
$$;
ALTER TABLE counted_unit_rollup DROP CONSTRAINT counted_unit_rollup_pkey,
  ADD CONSTRAINT counted_unit_rollup_pkey PRIMARY KEY (council_id, metric, basis, unit, stage, month, dim, dim_value, days);
