-- Up Migration
-- Counted units replaced in place (issue 11: the units' rebuild after a rules change). storePreparedCountedUnits
-- deleted a case's units and inserted them again: the rollup triggers (migration 1767600000001) then took every old
-- unit out of counted_unit_rollup and put every new one back, two passes over the same rollup rows, each a new row
-- version, even where nothing changed (a recount whose rules leave most figures as they were). The store now
-- updates the units a case still has in place (INSERT … ON CONFLICT DO UPDATE, only where a unit changed) and
-- deletes only those it no longer has, and this statement trigger applies the difference once: the old units'
-- rollup rows taken from the new ones', and only the rows whose sums change are written. (A case saved by an officer
-- has its units deleted by the invalidation trigger, 1766000000002, before they are stored again, so that path
-- inserts, as before.) The rollup's rows and sums are the same as before (src/units/measure-from-rollup.test.ts:
-- stored, edited, deleted and rebuilt cases against the units; src/units/rebuild-counted-units.test.ts). A recount
-- of 10,000 cases whose rules left their units as they were, alternated on the 2-core machine while another
-- benchmark ran: 11.0 and 12.4 s before, 9.2 and 6.5 s after. csc_app may now UPDATE counted_unit (row-level
-- security as for INSERT and DELETE); an UPDATE by anyone keeps the rollup, as INSERT and DELETE do.
CREATE FUNCTION counted_unit_rollup_replace(old_units counted_unit[], new_units counted_unit[]) RETURNS void
LANGUAGE sql SET search_path = public AS $$
  INSERT INTO counted_unit_rollup AS t (council_id, unit, stage, metric, basis, month, dim, dim_value, days, base, hits, value_sum, value_count)
  SELECT d.council_id, d.unit, d.stage, d.metric, d.basis, d.month, d.dim, d.dim_value, d.days,
    sum(d.base), sum(d.hits), sum(d.value_sum), sum(d.value_count)
  FROM (
    SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.month, r.dim, r.dim_value, r.days, r.base, r.hits, r.value_sum, r.value_count
    FROM counted_unit_rollup_of(new_units) r
    UNION ALL
    SELECT r.council_id, r.unit, r.stage, r.metric, r.basis, r.month, r.dim, r.dim_value, r.days, -r.base, -r.hits, -r.value_sum, -r.value_count
    FROM counted_unit_rollup_of(old_units) r
  ) d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  HAVING sum(d.base) <> 0 OR sum(d.hits) <> 0 OR sum(d.value_sum) <> 0 OR sum(d.value_count) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ON CONFLICT (council_id, metric, basis, unit, stage, month, dim, dim_value, days) DO UPDATE SET
    base = t.base + excluded.base, hits = t.hits + excluded.hits,
    value_sum = t.value_sum + excluded.value_sum, value_count = t.value_count + excluded.value_count
$$;

CREATE FUNCTION counted_unit_rollup_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM counted_unit_rollup_replace(
    (SELECT coalesce(array_agg(ROW(g.*)::counted_unit), '{}') FROM gone g),
    (SELECT coalesce(array_agg(ROW(c.*)::counted_unit), '{}') FROM changed c));
  RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION counted_unit_rollup_replace(counted_unit[], counted_unit[]), counted_unit_rollup_updated() FROM PUBLIC;

CREATE TRIGGER counted_unit_rollup_updated AFTER UPDATE ON counted_unit REFERENCING OLD TABLE AS gone NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION counted_unit_rollup_updated();

GRANT UPDATE ON counted_unit TO csc_app;

-- Down Migration
REVOKE UPDATE ON counted_unit FROM csc_app;
DROP TRIGGER counted_unit_rollup_updated ON counted_unit;
DROP FUNCTION counted_unit_rollup_updated();
DROP FUNCTION counted_unit_rollup_replace(counted_unit[], counted_unit[]);
