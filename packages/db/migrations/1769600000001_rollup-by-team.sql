-- Up Migration
-- Complaints received by team, by month, quarter or financial year, from the rollup (issue 11: a council's
-- `statistics` within 50 ms): counted_unit_rollup (migrations 1767600000001, 1769300000001) gains a row per team for
-- the cases_received key, as it has per kind (a missing key is not_recorded, as measureFromUnits reads it; a case with
-- several teams counts once for each, as the units' grouping does). Its rows are already by the basis date's month,
-- so every time dimension is answered from them (@csc/db rollupCell; the rules name the months' quarters and years).
-- The list of rolled-up dimensions is @csc/db ROLLUP_DIMENSIONS; a test checks the rollup holds exactly those.
-- Only counted_unit_rollup_of changes (replaced in place) (counted_unit_rollup_apply and the triggers call it); the rollup is rebuilt
-- from the stored units, council by council, as 1769300000001 did.
CREATE OR REPLACE FUNCTION counted_unit_rollup_of(units counted_unit[]) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, month text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric, value_count bigint
) LANGUAGE sql STABLE SET search_path = public AS $$
  WITH x AS (
    SELECT u.council_id, u.unit, s.stage, k.key, k.value, b.basis, u.stages, u.dims
    FROM unnest(units) u
    CROSS JOIN LATERAL jsonb_each(u.metrics) k
    CROSS JOIN LATERAL (VALUES ('r'), ('c')) b(basis)
    CROSS JOIN LATERAL (
      SELECT '*' UNION
      SELECT u.stage::text WHERE u.unit = 'stage' UNION
      SELECT r FROM unnest(u.stages_reached) r WHERE u.unit <> 'stage'
    ) s(stage)
    WHERE k.value ->> b.basis IS NOT NULL
  ), d AS (
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, '' AS dim, '' AS dim_value FROM x
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'outcome', coalesce(st.value -> 'd' ->> 'outcome', 'not_recorded')
    FROM x CROSS JOIN LATERAL jsonb_array_elements(x.stages) st WHERE x.key = 'cases_completed' AND x.unit = 'stage'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'kind', v
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.dims -> 'kind', '["not_recorded"]'::jsonb)) v WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'team', v
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.dims -> 'team', '["not_recorded"]'::jsonb)) v WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'reasonTheme', v
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.dims -> 'reasonTheme', '["not_recorded"]'::jsonb)) v WHERE x.key = 'reasons'
  )
  SELECT d.council_id, d.unit, d.stage, d.key, d.basis, left(d.value ->> d.basis, 7), d.dim, d.dim_value,
    coalesce((d.value ->> 'w')::integer, -1),
    count(*), count(*) FILTER (WHERE (d.value ->> 'h')::boolean),
    coalesce(sum((d.value ->> 'v')::numeric), 0), count(d.value -> 'v') FILTER (WHERE jsonb_typeof(d.value -> 'v') = 'number')
  FROM d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;

TRUNCATE counted_unit_rollup;
DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT DISTINCT council_id FROM counted_unit LOOP
    PERFORM counted_unit_rollup_apply((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = c), 1);
  END LOOP;
END;
$$;

-- The comparison's read (compare_rollup, 1769300000001) names the cells it wants (unit, stage, metric key and basis,
-- four arrays read in step) and the dimensions besides the rows with none: the other stages and basis of a key (most
-- of all the rows by working days of the timeliness keys, at every stage and on both bases) and the rows by team are
-- not summed and returned for nothing. A selection only: which rows count is still decided in TypeScript.
DROP FUNCTION compare_rollup(text[], text[], text, text);
CREATE FUNCTION compare_rollup(council_ids text[], cell_units text[], cell_stages text[], cell_metrics text[], cell_bases text[],
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
REVOKE ALL ON FUNCTION compare_rollup(text[], text[], text[], text[], text[], text[], text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION compare_rollup(text[], text[], text[], text[], text[], text[], text, text) TO csc_platform;

-- Down Migration
DROP FUNCTION compare_rollup(text[], text[], text[], text[], text[], text[], text, text);
CREATE FUNCTION compare_rollup(council_ids text[], metric_keys text[], month_from text, month_to text) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.dim, r.dim_value, r.days,
    sum(r.base)::bigint, sum(r.hits)::bigint, sum(r.value_sum)
  FROM counted_unit_rollup r
  WHERE r.council_id = ANY(council_ids) AND r.metric = ANY(metric_keys) AND r.month BETWEEN month_from AND month_to
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
$$;
REVOKE ALL ON FUNCTION compare_rollup(text[], text[], text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION compare_rollup(text[], text[], text, text) TO csc_platform;

CREATE OR REPLACE FUNCTION counted_unit_rollup_of(units counted_unit[]) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, month text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric, value_count bigint
) LANGUAGE sql STABLE SET search_path = public AS $$
  WITH x AS (
    SELECT u.council_id, u.unit, s.stage, k.key, k.value, b.basis, u.stages, u.dims
    FROM unnest(units) u
    CROSS JOIN LATERAL jsonb_each(u.metrics) k
    CROSS JOIN LATERAL (VALUES ('r'), ('c')) b(basis)
    CROSS JOIN LATERAL (
      SELECT '*' UNION
      SELECT u.stage::text WHERE u.unit = 'stage' UNION
      SELECT r FROM unnest(u.stages_reached) r WHERE u.unit <> 'stage'
    ) s(stage)
    WHERE k.value ->> b.basis IS NOT NULL
  ), d AS (
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, '' AS dim, '' AS dim_value FROM x
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'outcome', coalesce(st.value -> 'd' ->> 'outcome', 'not_recorded')
    FROM x CROSS JOIN LATERAL jsonb_array_elements(x.stages) st WHERE x.key = 'cases_completed' AND x.unit = 'stage'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'kind', v
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.dims -> 'kind', '["not_recorded"]'::jsonb)) v WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.value, x.basis, 'reasonTheme', v
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.dims -> 'reasonTheme', '["not_recorded"]'::jsonb)) v WHERE x.key = 'reasons'
  )
  SELECT d.council_id, d.unit, d.stage, d.key, d.basis, left(d.value ->> d.basis, 7), d.dim, d.dim_value,
    coalesce((d.value ->> 'w')::integer, -1),
    count(*), count(*) FILTER (WHERE (d.value ->> 'h')::boolean),
    coalesce(sum((d.value ->> 'v')::numeric), 0), count(d.value -> 'v') FILTER (WHERE jsonb_typeof(d.value -> 'v') = 'number')
  FROM d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;

TRUNCATE counted_unit_rollup;
DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT DISTINCT council_id FROM counted_unit LOOP
    PERFORM counted_unit_rollup_apply((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = c), 1);
  END LOOP;
END;
$$;
