-- Up Migration
-- The Ombudsman's upheld rate, compared across councils from the rollup (issue 11 item 5: "LGSCO ... among its
-- metrics"): counted_unit_rollup gains, for the lgsco_decisions key (LGSCO units), a row per decision (the rules'
-- lgscoDecision dimension; a missing key is not_recorded, as measureFromUnits reads it). So LGSCO decisions grouped
-- by decision, or filtered to one, are answered by the rollup (@csc/db ROLLUP_DIMENSIONS; a test checks the rollup
-- holds exactly those rows and the property test that its figures equal the units'). Only counted_unit_rollup_of
-- changes (the function of 1770300000001 with one more branch), and the new rows are added from the stored LGSCO
-- units, council by council (no other row changes).
CREATE OR REPLACE FUNCTION counted_unit_rollup_of(units counted_unit[]) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, month text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric, value_count bigint
) LANGUAGE sql STABLE SET search_path = public AS $$
  WITH x AS (
    SELECT u.council_id, u.unit, s.stage, k.key, b.basis,
      left(k.value ->> b.basis, 7) AS month, coalesce((k.value ->> 'w')::integer, -1) AS days,
      (k.value ->> 'h')::boolean AS hit, (k.value ->> 'v')::numeric AS v, jsonb_typeof(k.value -> 'v') = 'number' AS v_number,
      CASE WHEN k.key = 'cases_completed' AND u.unit = 'stage' THEN u.stages END AS stages,
      CASE WHEN k.key = 'cases_received' THEN u.dims -> 'kind' END AS kinds,
      CASE WHEN k.key = 'cases_received' THEN u.dims -> 'team' END AS teams,
      CASE WHEN k.key = 'cases_received' THEN u.dims -> 'madeByChild' END AS children,
      CASE WHEN k.key = 'lgsco_decisions' THEN u.dims -> 'lgscoDecision' END AS decisions,
      CASE WHEN k.key = 'reasons' THEN u.dims -> 'reasonTheme' END AS themes
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
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, '' AS dim, '' AS dim_value FROM x
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'outcome', coalesce(st.value -> 'd' ->> 'outcome', 'not_recorded')
    FROM x CROSS JOIN LATERAL jsonb_array_elements(x.stages) st WHERE x.key = 'cases_completed' AND x.unit = 'stage'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'kind', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.kinds, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'team', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.teams, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'kind&madeByChild', kv || '&' || cv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.kinds, '["not_recorded"]'::jsonb)) kv
      CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.children, '["not_recorded"]'::jsonb)) cv WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'lgscoDecision', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.decisions, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'lgsco_decisions'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'reasonTheme', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.themes, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'reasons'
  )
  SELECT d.council_id, d.unit, d.stage, d.key, d.basis, d.month, d.dim, d.dim_value, d.days,
    count(*), count(*) FILTER (WHERE d.hit), coalesce(sum(d.v), 0), count(*) FILTER (WHERE d.v_number)
  FROM d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;

DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT DISTINCT council_id FROM counted_unit WHERE unit = 'lgsco' LOOP
    INSERT INTO counted_unit_rollup (council_id, unit, stage, metric, basis, month, dim, dim_value, days, base, hits, value_sum, value_count)
    SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.month, r.dim, r.dim_value, r.days, r.base, r.hits, r.value_sum, r.value_count
    FROM counted_unit_rollup_of((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = c AND u.unit = 'lgsco')) r
    WHERE r.dim = 'lgscoDecision';
  END LOOP;
END;
$$;

-- Down Migration
-- The function as 1770300000001 left it, and the rows by decision removed.
CREATE OR REPLACE FUNCTION counted_unit_rollup_of(units counted_unit[]) RETURNS TABLE (
  council_id text, unit text, stage text, metric text, basis text, month text, dim text, dim_value text, days integer,
  base bigint, hits bigint, value_sum numeric, value_count bigint
) LANGUAGE sql STABLE SET search_path = public AS $$
  WITH x AS (
    SELECT u.council_id, u.unit, s.stage, k.key, b.basis,
      left(k.value ->> b.basis, 7) AS month, coalesce((k.value ->> 'w')::integer, -1) AS days,
      (k.value ->> 'h')::boolean AS hit, (k.value ->> 'v')::numeric AS v, jsonb_typeof(k.value -> 'v') = 'number' AS v_number,
      CASE WHEN k.key = 'cases_completed' AND u.unit = 'stage' THEN u.stages END AS stages,
      CASE WHEN k.key = 'cases_received' THEN u.dims -> 'kind' END AS kinds,
      CASE WHEN k.key = 'cases_received' THEN u.dims -> 'team' END AS teams,
      CASE WHEN k.key = 'cases_received' THEN u.dims -> 'madeByChild' END AS children,
      CASE WHEN k.key = 'reasons' THEN u.dims -> 'reasonTheme' END AS themes
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
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, '' AS dim, '' AS dim_value FROM x
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'outcome', coalesce(st.value -> 'd' ->> 'outcome', 'not_recorded')
    FROM x CROSS JOIN LATERAL jsonb_array_elements(x.stages) st WHERE x.key = 'cases_completed' AND x.unit = 'stage'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'kind', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.kinds, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'team', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.teams, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'kind&madeByChild', kv || '&' || cv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.kinds, '["not_recorded"]'::jsonb)) kv
      CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.children, '["not_recorded"]'::jsonb)) cv WHERE x.key = 'cases_received'
    UNION ALL
    SELECT x.council_id, x.unit, x.stage, x.key, x.basis, x.month, x.days, x.hit, x.v, x.v_number, 'reasonTheme', dv
    FROM x CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x.themes, '["not_recorded"]'::jsonb)) dv WHERE x.key = 'reasons'
  )
  SELECT d.council_id, d.unit, d.stage, d.key, d.basis, d.month, d.dim, d.dim_value, d.days,
    count(*), count(*) FILTER (WHERE d.hit), coalesce(sum(d.v), 0), count(*) FILTER (WHERE d.v_number)
  FROM d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
$$;

DELETE FROM counted_unit_rollup WHERE dim = 'lgscoDecision';
