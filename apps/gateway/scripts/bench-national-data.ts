import type { CouncilAdapter } from "@csc/council-kit";
import type { PrismaClient } from "@csc/db";

/**
 * Generates a national data set inside PostgreSQL with set-based INSERT … SELECT (no row-by-row traffic):
 * the councils `councils` (ids) × the financial years `firstYear`…`lastYear`, `perYear.min`–`perYear.max`
 * complaints per council per year (`large.perYear` for the council `large.id`),
 * each with its Stage 1 response (timeliness band, outcome), a Stage 2 investigation for about one in ten, one or
 * two reasons and a team — in the local codes of `layout` (a real adapter), so that adapter's report layout
 * fills its tables. Benchmark data only: "bench-NNN" councils, no personal data.
 */
export interface NationalDataOptions {
  councils: readonly string[];
  firstYear: number;
  perYear: { min: number; max: number };
  /** One council taking a fixed, larger number of complaints a year (the annual report's target). */
  large: { id: string; perYear: number };
  lastYear: number;
  layout: CouncilAdapter;
}

const codes = (entries: ReadonlyArray<{ code: string; canonical: string }>) => ({
  code: entries.map((e) => e.code),
  canonical: entries.map((e) => e.canonical),
});

export async function generateNationalData(prisma: PrismaClient, options: NationalDataOptions): Promise<{ cases: number }> {
  const v = options.layout.vocabularies;
  const teams = codes(v.teams);
  const reasons = codes(v.reasons.length > 0 ? v.reasons : v.reasonCategories);
  const channels = codes(v.channels.length > 0 ? v.channels : [{ code: "email", canonical: "email" }]);
  const complainants = codes(v.complainantTypes.length > 0 ? v.complainantTypes : [{ code: "parent", canonical: "parent" }]);
  const outcomes = codes(v.outcomes.filter((o) => ["upheld", "partially_upheld", "not_upheld"].includes(o.canonical)));
  const complaintKind = v.kinds.find((k) => k.canonical === "complaint")?.code ?? "complaint";
  const areas = [...new Set(teams.canonical)];
  const x = (sql: string, ...params: unknown[]) => prisma.$executeRawUnsafe(sql, ...params);

  await x(`INSERT INTO council (id, name, settings) SELECT i, 'Bench council ' || i, '{}'::jsonb FROM unnest($1::text[]) i`, options.councils);
  await x(`DROP TABLE IF EXISTS bench_council`);
  await x(`CREATE UNLOGGED TABLE bench_council AS SELECT unnest($1::text[]) AS id`, options.councils);
  await x(
    `INSERT INTO service_area (council_id, code, label, canonical, valid_from)
     SELECT c.id, a, a, a::service_area_canonical, DATE '2000-01-01' FROM bench_council c, unnest($1::text[]) a`,
    areas,
  );
  await x(
    `INSERT INTO team (council_id, code, name, service_area_id, valid_from)
     SELECT DISTINCT ON (c.id, t.code) c.id, t.code, t.code, s.id, DATE '2000-01-01'
     FROM bench_council c CROSS JOIN unnest($1::text[], $2::text[]) AS t(code, area)
     JOIN service_area s ON s.council_id = c.id AND s.code = t.area`,
    teams.code,
    teams.canonical,
  );
  await x(
    `INSERT INTO context_figure (council_id, financial_year, measure, value)
     SELECT c.id, y, 'contacts', 8000 + floor(random() * 12000)::int FROM bench_council c, generate_series($1::int, $2::int) y`,
    options.firstYear,
    options.lastYear,
  );
  await x(`DROP TABLE IF EXISTS bench_case`);
  await x(
    `CREATE UNLOGGED TABLE bench_case AS
     SELECT c.id AS council_id, gen_random_uuid() AS id, y || '-' || lpad(n::text, 5, '0') AS reference,
       make_date(y, 4, 1) + floor(random() * 365)::int AS received_on,
       3 + floor(random() * 40)::int AS days1, random() < 0.1 AS stage2, 20 + floor(random() * 80)::int AS days2,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
     FROM bench_council c CROSS JOIN generate_series($1::int, $2::int) y
     CROSS JOIN LATERAL generate_series(1, CASE WHEN c.id = $5 THEN $6::int
       ELSE $3::int + floor(random() * ($4::int - $3::int + 1))::int + 0 * y END) n`,
    options.firstYear,
    options.lastYear,
    options.perYear.min,
    options.perYear.max,
    options.large.id,
    options.large.perYear,
  );
  // Working days ≈ 5/7 of calendar days (a benchmark does not need bank holidays).
  await x(`ALTER TABLE bench_case ADD COLUMN wd1 int, ADD COLUMN wd2 int`);
  await x(`UPDATE bench_case SET wd1 = (days1 * 5) / 7, wd2 = (days2 * 5) / 7`);
  const pick = (array: string, r: string) => `(${array})[1 + floor(${r} * array_length(${array}, 1))::int]`;
  await x(
    `INSERT INTO case_record (council_id, id, reference, kind, local_kind, procedure, received_on, channel, local_channel,
       complainant_relationship, local_complainant_type, made_by_child, status, acknowledgement_due_on, acknowledged_on,
       acknowledgement_met, closed_on, current_stage, version)
     SELECT b.council_id, b.id, b.reference, 'complaint', $1, 'childrens_statutory', b.received_on,
       ${pick("$3::text[]", "b.r1")}::channel, ${pick("$2::text[]", "b.r1")},
       ${pick("$5::text[]", "b.r2")}::complainant_relationship, ${pick("$4::text[]", "b.r2")}, b.r2 < 0.1, 'closed',
       b.received_on + 4, b.received_on + 1 + floor(b.r3 * 5)::int, b.r3 < 0.75,
       b.received_on + b.days1 + CASE WHEN b.stage2 THEN 10 + b.days2 ELSE 0 END,
       CASE WHEN b.stage2 THEN 'stage2'::stage ELSE 'stage1'::stage END, 1
     FROM bench_case b`,
    complaintKind,
    channels.code,
    channels.canonical,
    complainants.code,
    complainants.canonical,
  );
  const band = (wd: string, limits: number[], over: number) =>
    `CASE ${limits.map((l) => `WHEN ${wd} <= ${l} THEN 'within_${l}'`).join(" ")} ELSE 'over_${over}' END`;
  await x(
    `INSERT INTO case_stage (council_id, case_id, stage, started_on, timescale_working_days, due_on, responded_on,
       working_days_taken, days_paused, extended, met, band, outcome, local_outcome, late_request)
     SELECT b.council_id, b.id, 'stage1', b.received_on, 10, b.received_on + 14, b.received_on + b.days1, b.wd1, 0,
       b.wd1 > 10 AND b.r4 < 0.5, b.wd1 <= 10 OR (b.wd1 <= 20 AND b.r4 < 0.5), ${band("b.wd1", [10, 20, 40], 40)},
       ${pick("$2::text[]", "b.r5")}::outcome, ${pick("$1::text[]", "b.r5")}, false
     FROM bench_case b`,
    outcomes.code,
    outcomes.canonical,
  );
  await x(
    `INSERT INTO case_stage (council_id, case_id, stage, started_on, timescale_working_days, due_on, responded_on,
       working_days_taken, days_paused, extended, met, band, outcome, local_outcome, late_request)
     SELECT b.council_id, b.id, 'stage2', b.received_on + b.days1 + 10, 25, b.received_on + b.days1 + 45,
       b.received_on + b.days1 + 10 + b.days2, b.wd2, 0, b.wd2 > 25, b.wd2 <= 65, ${band("b.wd2", [25, 65], 65)},
       ${pick("$2::text[]", "b.r6")}::outcome, ${pick("$1::text[]", "b.r6")}, false
     FROM bench_case b WHERE b.stage2`,
    outcomes.code,
    outcomes.canonical,
  );
  await x(
    `INSERT INTO point_of_complaint (council_id, case_id, point_ref, seq, reason_code, theme)
     SELECT b.council_id, b.id, p::text, p, ${pick("$1::text[]", "((b.r6 * 7 + p * 0.37) - floor(b.r6 * 7 + p * 0.37))")},
       ${pick("$2::text[]", "((b.r6 * 7 + p * 0.37) - floor(b.r6 * 7 + p * 0.37))")}::reason_theme
     FROM bench_case b CROSS JOIN LATERAL generate_series(1, CASE WHEN b.r4 < 0.4 THEN 2 ELSE 1 END) p`,
    reasons.code,
    reasons.canonical,
  );
  await x(
    `INSERT INTO case_team (council_id, case_id, team_id, team_code, service_area)
     SELECT b.council_id, b.id, t.id, t.code, s.canonical
     FROM bench_case b
     JOIN LATERAL (SELECT * FROM team t WHERE t.council_id = b.council_id ORDER BY t.code OFFSET floor(b.r3 * $1::int)::int LIMIT 1) t ON true
     JOIN service_area s ON s.council_id = t.council_id AND s.id = t.service_area_id`,
    new Set(teams.code).size,
  );
  const [counted] = await prisma.$queryRawUnsafe<Array<{ count: bigint }>>(`SELECT count(*) FROM bench_case`);
  await x(`DROP TABLE bench_case`);
  await x(`DROP TABLE bench_council`);
  await x(`ANALYZE`);
  return { cases: Number(counted?.count ?? 0) };
}
