-- Up Migration
-- Each council's record coverage (issue 11 item 5: "each council's year coverage, so 'no data' differs from 0"):
-- the first and last day a case of the council was received, so a figure for a period outside them is reported as
-- no records (MissingReason no_records) rather than a 0 that reads as a council with no complaints. Two probes of
-- the index (council_id, received_on) a council, so the national comparison of 150 councils pays a few
-- milliseconds. SECURITY DEFINER, like compare_rollup: it returns two dates a council and nothing else, for the
-- statistics query (csc_app, one council) and the comparison (csc_platform, the councils compared).
CREATE FUNCTION record_coverage(council_ids text[]) RETURNS TABLE (council_id text, first_received_on date, last_received_on date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT c.id, f.received_on, l.received_on
  FROM unnest(council_ids) AS c(id)
  CROSS JOIN LATERAL (SELECT r.received_on FROM case_record r WHERE r.council_id = c.id AND r.received_on IS NOT NULL
    ORDER BY r.received_on LIMIT 1) f
  CROSS JOIN LATERAL (SELECT r.received_on FROM case_record r WHERE r.council_id = c.id AND r.received_on IS NOT NULL
    ORDER BY r.received_on DESC LIMIT 1) l
$$;
REVOKE ALL ON FUNCTION record_coverage(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_coverage(text[]) TO csc_app, csc_platform;

-- Down Migration
DROP FUNCTION record_coverage(text[]);
