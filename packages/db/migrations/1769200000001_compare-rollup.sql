-- Up Migration
-- The national comparison's read of the council × month rollup (issue 11): one statement for every council, in
-- place of one row-level-security transaction per council. The gateway's roles cannot read across councils
-- (least privilege, issue 9), so this narrow SECURITY DEFINER function (owned by the migration role, fixed
-- search_path) reads counted_unit_rollup for the councils, metric keys and whole months asked and returns only
-- sums per council, unit kind, stage, metric key and basis: aggregates already in the rollup, never a row about a
-- case. EXECUTE goes to csc_platform only (the role the gateway takes for platform work, where the comparison's
-- permission check has already passed); a council session (csc_app) cannot call it, and still reads only its own
-- council's rollup rows.
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

-- Down Migration
DROP FUNCTION compare_rollup(text[], text[], text, text);
