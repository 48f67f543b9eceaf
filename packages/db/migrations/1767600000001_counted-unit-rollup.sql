-- Up Migration
-- A council × month rollup of the counted units (issue 11), for measures with no dimension and no filter over whole
-- months (the national comparison, @csc/db measureFromRollup): per council, unit kind, stage ('*' for any stage;
-- a stage unit's own stage; each stage an other unit's case reached), metric key (as stored in counted_unit.metrics),
-- basis ("r" received / "c" completed) and basis month, the count of units in the metric's base, the count of hits,
-- and the sum and count of values. Exactly what measureFromUnits aggregates for such a spec: it only sums the units'
-- own flags (no counting rule here). Maintained by statement-level triggers on counted_unit itself (from the
-- transition tables: one upsert per statement), so every path that writes or deletes units (storeCountedUnits,
-- the rebuilds, the invalidation trigger, a case's cascade delete) moves the rollup in the same transaction and it
-- can never disagree with the units. Deltas, not recounts: an upsert adding to a row is safe under concurrent
-- writers (the row lock serialises them); numeric sums are exact, so adding and taking away leaves no residue.
-- SECURITY DEFINER: the gateway role reads the rollup (row-level security as counted_unit) and never writes it.
-- No personal data: counts and sums of working days.
CREATE TABLE counted_unit_rollup (
  council_id text NOT NULL,
  unit text NOT NULL,
  stage text NOT NULL,
  metric text NOT NULL,
  basis text NOT NULL CHECK (basis IN ('r', 'c')),
  month text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  base bigint NOT NULL,
  hits bigint NOT NULL,
  value_sum numeric NOT NULL,
  value_count bigint NOT NULL,
  PRIMARY KEY (council_id, metric, basis, unit, stage, month)
);

ALTER TABLE counted_unit_rollup ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_isolation ON counted_unit_rollup
  USING (council_id = current_setting('app.council_id', true))
  WITH CHECK (council_id = current_setting('app.council_id', true));
REVOKE ALL ON counted_unit_rollup FROM csc_app;
GRANT SELECT ON counted_unit_rollup TO csc_app;

-- The rollup rows of a set of units (the aggregate both the triggers and the backfill use).
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

CREATE FUNCTION counted_unit_rollup_apply(units counted_unit[], sign integer) RETURNS void
LANGUAGE sql SET search_path = public AS $$
  INSERT INTO counted_unit_rollup AS t (council_id, unit, stage, metric, basis, month, base, hits, value_sum, value_count)
  SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.month, sign * r.base, sign * r.hits, sign * r.value_sum, sign * r.value_count
  FROM counted_unit_rollup_of(units) r
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (council_id, metric, basis, unit, stage, month) DO UPDATE SET
    base = t.base + excluded.base, hits = t.hits + excluded.hits,
    value_sum = t.value_sum + excluded.value_sum, value_count = t.value_count + excluded.value_count
$$;

CREATE FUNCTION counted_unit_rollup_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM counted_unit_rollup_apply((SELECT coalesce(array_agg(ROW(c.*)::counted_unit), '{}') FROM changed c), 1);
  RETURN NULL;
END;
$$;
CREATE FUNCTION counted_unit_rollup_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM counted_unit_rollup_apply((SELECT coalesce(array_agg(ROW(c.*)::counted_unit), '{}') FROM changed c), -1);
  RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION counted_unit_rollup_of(counted_unit[]), counted_unit_rollup_apply(counted_unit[], integer),
  counted_unit_rollup_inserted(), counted_unit_rollup_deleted() FROM PUBLIC;

CREATE TRIGGER counted_unit_rollup_inserted AFTER INSERT ON counted_unit REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_rollup_inserted();
CREATE TRIGGER counted_unit_rollup_deleted AFTER DELETE ON counted_unit REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_rollup_deleted();

-- The units already stored, council by council.
DO $$
DECLARE c text;
BEGIN
  FOR c IN SELECT DISTINCT council_id FROM counted_unit LOOP
    PERFORM counted_unit_rollup_apply((SELECT array_agg(u) FROM counted_unit u WHERE u.council_id = c), 1);
  END LOOP;
END;
$$;

-- Down Migration
DROP TRIGGER counted_unit_rollup_inserted ON counted_unit;
DROP TRIGGER counted_unit_rollup_deleted ON counted_unit;
DROP FUNCTION counted_unit_rollup_inserted();
DROP FUNCTION counted_unit_rollup_deleted();
DROP FUNCTION counted_unit_rollup_apply(counted_unit[], integer);
DROP FUNCTION counted_unit_rollup_of(counted_unit[]);
DROP TABLE counted_unit_rollup;
