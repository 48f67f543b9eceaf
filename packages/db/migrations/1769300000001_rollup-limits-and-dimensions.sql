-- Up Migration
-- The national comparison from the rollup alone (issue 11): counted_unit_rollup (migration 1767600000001) gains
-- what the comparison's other metrics need, still only sums of the counted units' own verdicts (@csc/rules
-- countedUnits decides every flag and number; nothing here counts by a rule of its own):
-- - `days`: for a timeliness metric's `metric|w` key (a withinWorkingDays limit), the number the unit's
--   ThresholdRule compares (its stored `w`, the working days taken); -1 for every other key. A row per number, so
--   any limit is answered by summing the rows the rules' isWithin keeps (@csc/db rollupCell, in TypeScript: the
--   comparison `<=` is not written here).
-- - `dim`, `dim_value`: besides the row with no dimension (''), for three metric keys a row per value of one
--   dimension: cases_received by kind, cases_completed by outcome (the stage's own, stage-level), reasons by
--   reasonTheme; a missing key is not_recorded, as measureFromUnits reads it. These answer a measure of that metric
--   grouped by that dimension or filtered to one of its values (the complaints behind the rates per context
--   figure, upheld_share, reason_themes). Only those keys: a dimension row for every key of a unit doubled the
--   upkeep. The list is @csc/db ROLLUP_DIMENSIONS; a test checks the rollup holds exactly those.
-- The rollup is rebuilt from the stored units (the backfill): same council by council loop as 1767600000001.
DROP FUNCTION compare_rollup(text[], text[], text, text);
DROP FUNCTION counted_unit_rollup_of(counted_unit[]);
TRUNCATE counted_unit_rollup;
ALTER TABLE counted_unit_rollup ADD COLUMN dim text NOT NULL, ADD COLUMN dim_value text NOT NULL, ADD COLUMN days integer NOT NULL;
ALTER TABLE counted_unit_rollup DROP CONSTRAINT counted_unit_rollup_pkey;
ALTER TABLE counted_unit_rollup ADD PRIMARY KEY (council_id, metric, basis, unit, stage, month, dim, dim_value, days);

-- The units' rows (x) once, then the dimension rows only for the three keys that have them (a lateral subquery on
-- every row instead doubled the upkeep: measured 3.3–3.5 s against 2.1–3.3 s for 1767600000001's function and this
-- one over 13,168 units, load average 10–15).
CREATE FUNCTION counted_unit_rollup_of(units counted_unit[]) RETURNS TABLE (
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

CREATE OR REPLACE FUNCTION counted_unit_rollup_apply(units counted_unit[], sign integer) RETURNS void
LANGUAGE sql SET search_path = public AS $$
  INSERT INTO counted_unit_rollup AS t (council_id, unit, stage, metric, basis, month, dim, dim_value, days, base, hits, value_sum, value_count)
  SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.month, r.dim, r.dim_value, r.days,
    sign * r.base, sign * r.hits, sign * r.value_sum, sign * r.value_count
  FROM counted_unit_rollup_of(units) r
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT (council_id, metric, basis, unit, stage, month, dim, dim_value, days) DO UPDATE SET
    base = t.base + excluded.base, hits = t.hits + excluded.hits,
    value_sum = t.value_sum + excluded.value_sum, value_count = t.value_count + excluded.value_count
$$;
REVOKE ALL ON FUNCTION counted_unit_rollup_of(counted_unit[]) FROM PUBLIC;

-- The comparison's read, as 1769200000001, now by dimension value and working days too (still only sums).
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

-- The context figures the comparison's rates divide by (contacts, children aged 0–17: counts about an area, no
-- personal data), for the councils and financial year asked, in the same platform transaction as compare_rollup.
-- context_figure is council-owned (row-level security); the platform role reads it only through this function.
CREATE FUNCTION compare_context_figures(council_ids text[], measures text[], year integer) RETURNS TABLE (
  council_id text, measure text, value integer, source text
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT f.council_id, f.measure::text, f.value, f.source
  FROM context_figure f
  WHERE f.council_id = ANY(council_ids) AND f.measure::text = ANY(measures) AND f.financial_year = year
$$;
REVOKE ALL ON FUNCTION compare_context_figures(text[], text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION compare_context_figures(text[], text[], integer) TO csc_platform;

DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT DISTINCT council_id FROM counted_unit LOOP
    PERFORM counted_unit_rollup_apply((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = c), 1);
  END LOOP;
END;
$$;

-- Down Migration
DROP FUNCTION compare_context_figures(text[], text[], integer);
DROP FUNCTION compare_rollup(text[], text[], text, text);
DROP FUNCTION counted_unit_rollup_of(counted_unit[]);
TRUNCATE counted_unit_rollup;
ALTER TABLE counted_unit_rollup DROP CONSTRAINT counted_unit_rollup_pkey;
ALTER TABLE counted_unit_rollup DROP COLUMN dim, DROP COLUMN dim_value, DROP COLUMN days;
ALTER TABLE counted_unit_rollup ADD PRIMARY KEY (council_id, metric, basis, unit, stage, month);
CREATE FUNCTION counted_unit_rollup_of(units counted_unit[]) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, month text,
  base bigint, hits bigint, value_sum numeric, value_count bigint
) LANGUAGE sql STABLE SET search_path = public AS $$
  SELECT u.council_id, u.unit, s.stage, k.key, b.basis, left(k.value ->> b.basis, 7),
    count(*), count(*) FILTER (WHERE (k.value ->> 'h')::boolean),
    coalesce(sum((k.value ->> 'v')::numeric), 0), count(k.value -> 'v') FILTER (WHERE jsonb_typeof(k.value -> 'v') = 'number')
  FROM unnest(units) u
  CROSS JOIN LATERAL jsonb_each(u.metrics) k
  CROSS JOIN LATERAL (VALUES ('r'), ('c')) b(basis)
  CROSS JOIN LATERAL (
    SELECT '*' UNION
    SELECT u.stage::text WHERE u.unit = 'stage' UNION
    SELECT r FROM unnest(u.stages_reached) r WHERE u.unit <> 'stage'
  ) s(stage)
  WHERE k.value ->> b.basis IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
$$;
REVOKE ALL ON FUNCTION counted_unit_rollup_of(counted_unit[]) FROM PUBLIC;
CREATE OR REPLACE FUNCTION counted_unit_rollup_apply(units counted_unit[], sign integer) RETURNS void
LANGUAGE sql SET search_path = public AS $$
  INSERT INTO counted_unit_rollup AS t (council_id, unit, stage, metric, basis, month, base, hits, value_sum, value_count)
  SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.month, sign * r.base, sign * r.hits, sign * r.value_sum, sign * r.value_count
  FROM counted_unit_rollup_of(units) r
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (council_id, metric, basis, unit, stage, month) DO UPDATE SET
    base = t.base + excluded.base, hits = t.hits + excluded.hits,
    value_sum = t.value_sum + excluded.value_sum, value_count = t.value_count + excluded.value_count
$$;
CREATE FUNCTION compare_rollup(council_ids text[], metric_keys text[], month_from text, month_to text) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, base bigint, hits bigint, value_sum numeric
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, sum(r.base)::bigint, sum(r.hits)::bigint, sum(r.value_sum)
  FROM counted_unit_rollup r
  WHERE r.council_id = ANY(council_ids) AND r.metric = ANY(metric_keys) AND r.month BETWEEN month_from AND month_to
  GROUP BY 1, 2, 3, 4, 5
$$;
REVOKE ALL ON FUNCTION compare_rollup(text[], text[], text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION compare_rollup(text[], text[], text, text) TO csc_platform;
DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT DISTINCT council_id FROM counted_unit LOOP
    PERFORM counted_unit_rollup_apply((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = c), 1);
  END LOOP;
END;
$$;
