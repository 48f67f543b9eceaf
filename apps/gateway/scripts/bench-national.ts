// pnpm --filter @csc/gateway bench:national -- --scale national|small — a benchmark, not a test: it prints
// figures and one JSON line, and asserts nothing. It starts a real (embedded) PostgreSQL and the gateway on a free
// port, generates the councils' complaints with set-based SQL, then measures over HTTP, signed in as real users
// (an analyst, an officer, a council administrator), through row-level security — interleaved in the same run with
// the same aggregates in raw SQL on the same database — and an import of a generated export through the importer.
import { bringCountedUnitsUpToDate, type PrismaClient } from "@csc/db";
import { loadCouncil } from "@csc/registry";
import { financialYear, FINISHED_STATUSES, OPEN_STATUSES } from "@csc/rules";
import { loadavg } from "node:os";
import type { AnalyticsEngine } from "../src/reports/analytics-engine";
import { createAnalyticsPool } from "../src/reports/analytics-pool";
import { startImportWorker } from "../src/import/import-worker-client";
import { startHarness } from "../src/testing/harness";
import { download, graphql, Samples, SpanTotals } from "./bench-measure";
import { generateNationalData } from "./bench-national-data";
import { RAW_CASES, RAW_COMPARISON, RAW_STATISTICS } from "./bench-raw-sql";
import { measureImport } from "./bench-import";
import { addUser } from "./bench-users";

const SCALES = {
  national: { councils: 150, firstYear: 2015, lastYear: 2024, rounds: 30, comparisonRounds: 8, importRows: 10_000 },
  small: { councils: 6, firstYear: 2023, lastYear: 2024, rounds: 10, comparisonRounds: 10, importRows: 3_000 },
} as const;
type Scale = keyof typeof SCALES;

function scaleOf(argv: readonly string[]): Scale {
  const i = argv.indexOf("--scale");
  const value = i >= 0 ? argv[i + 1] : "small";
  if (value !== "national" && value !== "small") throw new Error(`--scale: "${value}" is not one of national, small`);
  return value;
}

/**
 * `--analytics pool`: the analytics run in the worker pool as in production (main.ts), on the gateway's login role;
 * by default in the gateway's thread. `--skip-import`: no import at the end. `--keep <folder>`: the database is
 * kept in that folder; a later run with the same folder and scale measures it again without generating (the
 * counted units are brought up to date, so only what a new rules version changed is rebuilt). CSC_SERVER_TIMING=1 (set by this
 * script) makes the gateway answer with Server-Timing spans, summed per query in `spans`.
 */
const flag = (argv: readonly string[], name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? "") : undefined;
};

/** The council whose report and statistics are measured: a registered council (it has a report layout). */
const LARGE = "worcestershire";

const STATISTICS = `query($fy: Int!) { statistics(metric: CASES_RECEIVED, groupBy: ["team", "quarter"], financialYear: $fy) { value groups { value } } }`;
const COMPARISON = `query($fy: Int!) { compareCouncils(financialYear: $fy) { councils { councilId figures { metric value } } } }`;
/** The comparison of the metrics the council × month rollup answers alone (one compare_rollup statement for every council). */
const COMPARISON_ROLLUP = `query($fy: Int!) { compareCouncils(financialYear: $fy, metrics: [WITHIN_TIMESCALE, ESCALATION_RATE]) { councils { councilId figures { metric value } } } }`;
const CASES = `query { cases(first: 20) { totalCount edges { node { id reference } } } }`;
/**
 * The finished cases' list (the generated cases are all closed, so the default list of open cases is empty): the
 * newest 20 of the council's 100,000 and their count, the officer's heaviest list; measured alone and under load.
 */
const CASES_FINISHED = `query { cases(first: 20, filter: { open: false }) { totalCount edges { node { id reference } } } }`;

/** The generated complaints of the councils `ids` already in the database (a kept one), counted as the owner. */
async function generatedComplaints(prisma: PrismaClient, ids: readonly string[]): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM case_record WHERE council_id = ANY($1::text[])`, ids);
  return row?.n ?? 0;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scale = scaleOf(argv);
  const s = SCALES[scale];
  const pooled = flag(argv, "--analytics") === "pool";
  process.env.CSC_SERVER_TIMING = "1";
  // The pool needs the harness's database, which the harness starts: the gateway is handed the pool once it exists.
  let pool: AnalyticsEngine | undefined;
  const started = (): AnalyticsEngine => {
    if (!pool) throw new Error("the analytics pool has not started");
    return pool;
  };
  const viaPool: AnalyticsEngine = {
    statistics: (...a) => started().statistics(...a),
    report: (...a) => started().report(...a),
    compare: (...a) => started().compare(...a),
    close: async () => pool?.close(),
  };
  const keep = flag(argv, "--keep");
  const h = await startHarness(pooled ? { analytics: viaPool } : {}, keep ? { keepIn: keep } : {});
  // As the gateway does when it starts (main.ts).
  startImportWorker();
  if (pooled) pool = createAnalyticsPool({ url: h.db.gatewayUrl, workers: 2 });
  try {
    const layout = await loadCouncil(LARGE);
    const ids = [LARGE, ...Array.from({ length: s.councils - 1 }, (_, i) => `bench-${String(i + 1).padStart(3, "0")}`)];
    const generating = performance.now();
    // A kept database (--keep) that already holds the generated councils is measured again as it is.
    const [{ present } = { present: 0 }] = await h.db.prisma.$queryRawUnsafe<{ present: number }[]>(
      `SELECT count(*)::int AS present FROM council WHERE id = ANY($1::text[])`,
      ids.slice(1),
    );
    const reused = present === ids.length - 1;
    const { cases } = reused
      ? { cases: await generatedComplaints(h.db.prisma, ids) }
      : await generateNationalData(h.db.prisma, {
          councils: ids,
          firstYear: s.firstYear,
          lastYear: s.lastYear,
          perYear: { min: 1100, max: 2240 },
          large: { id: LARGE, perYear: 10_000 },
          layout,
        });
    const generateSeconds = reused ? 0 : Math.round((performance.now() - generating) / 100) / 10;
    console.log(
      reused
        ? `reused the ${cases} complaints kept in ${keep ?? ""}`
        : `generated ${cases} complaints for ${ids.length} councils × ${s.lastYear - s.firstYear + 1} years in ${generateSeconds} s`,
    );
    // The generated cases get their counted units the way an existing database does: derived by the rules from
    // their stored facts (@csc/db bringCountedUnitsUpToDate), so the SQL path counts what the rules decide.
    const unitsStarted = performance.now();
    const unitCases = await bringCountedUnitsUpToDate(h.db.prisma);
    const unitsSeconds = Math.round((performance.now() - unitsStarted) / 100) / 10;
    console.log(`counted units for ${unitCases} cases in ${unitsSeconds} s`);

    await addUser(h.db.prisma, LARGE, "analyst", "analyst");
    await addUser(h.db.prisma, LARGE, "officer", "complaints_officer");
    const analyst = await h.signIn("analyst", LARGE);
    const officer = await h.signIn("officer", LARGE);
    const fy = s.lastYear;
    const period = financialYear(fy);
    const raw = (sql: string, ...params: unknown[]) => h.db.prisma.$queryRawUnsafe(sql, ...params);
    const m = {
      comparisonGraphql: new Samples(),
      comparisonSql: new Samples(),
      comparisonRollupGraphql: new Samples(),
      statisticsGraphql: new Samples(),
      statisticsSql: new Samples(),
      casesGraphql: new Samples(),
      casesSql: new Samples(),
      casesFinishedGraphql: new Samples(),
      casesFinishedSql: new Samples(),
      casesGraphqlUnderLoad: new Samples(),
      analystsWhileOfficerLists: new Samples(),
      reportJson: new Samples(),
    };
    const spans = {
      statistics: new SpanTotals(),
      comparison: new SpanTotals(),
      comparisonRollup: new SpanTotals(),
      cases: new SpanTotals(),
      casesFinished: new SpanTotals(),
      casesUnderLoad: new SpanTotals(),
    };
    // Interleaved: each round runs the GraphQL query then the same aggregate in raw SQL, so both meet the same cache and load.
    for (let round = 0; round < s.rounds; round += 1) {
      if (round < s.comparisonRounds) {
        await m.comparisonGraphql.time(() => graphql(h.url, analyst, COMPARISON, { fy }, spans.comparison));
        await m.comparisonSql.time(() => raw(RAW_COMPARISON, period.start, period.end));
        await m.comparisonRollupGraphql.time(() => graphql(h.url, analyst, COMPARISON_ROLLUP, { fy }, spans.comparisonRollup));
      }
      await m.statisticsGraphql.time(() => graphql(h.url, analyst, STATISTICS, { fy }, spans.statistics));
      await m.statisticsSql.time(() => raw(RAW_STATISTICS, LARGE, period.start, period.end));
      await m.casesGraphql.time(() => graphql(h.url, officer, CASES, {}, spans.cases));
      await m.casesSql.time(() => raw(RAW_CASES, LARGE, [...OPEN_STATUSES]));
      await m.casesFinishedGraphql.time(() => graphql(h.url, officer, CASES_FINISHED, {}, spans.casesFinished));
      await m.casesFinishedSql.time(() => raw(RAW_CASES, LARGE, [...FINISHED_STATUSES]));
    }
    console.log(`interleaved: ${JSON.stringify(Object.fromEntries(Object.entries(m).map(([name, samples]) => [name, samples.summary()])))}`);
    // An officer lists cases while three analysts query their council's statistics back to back.
    let busy = true;
    const analysts = Array.from({ length: 3 }, async () => {
      while (busy) await m.analystsWhileOfficerLists.time(() => graphql(h.url, analyst, STATISTICS, { fy }));
    });
    // The finished cases' list, the heavier of the two (see CASES_FINISHED).
    for (let i = 0; i < s.rounds; i += 1) await m.casesGraphqlUnderLoad.time(() => graphql(h.url, officer, CASES_FINISHED, {}, spans.casesUnderLoad));
    busy = false;
    await Promise.all(analysts);
    for (let i = 0; i < 5; i += 1) await m.reportJson.time(() => download(h.url, analyst, `/reports/download?financialYear=${fy}&format=json`));

    console.log(`under load and report: ${JSON.stringify([m.casesGraphqlUnderLoad.summary(), m.reportJson.summary()])}`);
    console.log(`spans (ms and count per request): ${JSON.stringify(Object.fromEntries(Object.entries(spans).map(([k, v]) => [k, v.summary()])))}`);
    const imported = argv.includes("--skip-import")
      ? { rows: 0, imported: 0, refused: 0, seconds: 0, casesPerSecond: 0, failed: 0 }
      : await measureImport(h, s.importRows, (councilId) => addUser(h.db.prisma, councilId, "admin", "council_admin"));
    const figures = Object.fromEntries(Object.entries(m).map(([name, samples]) => [name, samples.summary()]));
    const failedRequests = Object.values(m).reduce((n, samples) => n + samples.failures, 0) + imported.failed;
    console.log(
      JSON.stringify({
        scale,
        councils: ids.length,
        years: s.lastYear - s.firstYear + 1,
        complaints: cases,
        reused,
        largeCouncilPerYear: 10_000,
        generateSeconds,
        unitsSeconds,
        unitsCasesPerSecond: Math.round(unitCases / Math.max(unitsSeconds, 0.1)),
        analytics: pooled ? "pool" : "inline",
        ...figures,
        spans: Object.fromEntries(Object.entries(spans).map(([k, v]) => [k, v.summary()])),
        import: imported,
        failedRequests,
        loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      }),
    );
  } finally {
    await h.stop();
    await pool?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
