/**
 * The benchmark's raw-SQL twins of the aggregates it asks the gateway for, run as the database owner on the same
 * database (no HTTP, no session, no row-level security): the floor the GraphQL figures are compared with.
 */

/** Every council side by side over a period ($1, $2): complaints received, Stage 1 responses within timescale, upheld share. */
export const RAW_COMPARISON = `
SELECT c.council_id, count(*) AS received,
  avg(CASE WHEN s.met THEN 1 ELSE 0 END) FILTER (WHERE s.responded_on IS NOT NULL) AS within_timescale,
  avg(CASE WHEN s.outcome IN ('upheld', 'partially_upheld') THEN 1 ELSE 0 END) FILTER (WHERE s.outcome IS NOT NULL) AS upheld_share
FROM case_record c
LEFT JOIN case_stage s ON s.council_id = c.council_id AND s.case_id = c.id AND s.stage = 'stage1'
WHERE c.received_on BETWEEN $1::date AND $2::date
GROUP BY c.council_id`;

/** One council's ($1) complaints received over a period ($2, $3) by team × quarter of the financial year. */
export const RAW_STATISTICS = `
SELECT t.team_code, ((extract(month FROM c.received_on)::int + 8) % 12) / 3 + 1 AS quarter, count(*) AS received
FROM case_record c JOIN case_team t ON t.council_id = c.council_id AND t.case_id = c.id
WHERE c.council_id = $1 AND c.received_on BETWEEN $2::date AND $3::date
GROUP BY 1, 2`;

/** One council's ($1) newest 20 cases in the statuses $2 (open, or finished) and how many it has in them (an officer's first page of cases). */
export const RAW_CASES = `
SELECT id, reference, received_on, (SELECT count(*) FROM case_record WHERE council_id = $1 AND status = ANY($2::text[])) AS total
FROM case_record WHERE council_id = $1 AND status = ANY($2::text[]) ORDER BY received_on DESC, id LIMIT 20`;
