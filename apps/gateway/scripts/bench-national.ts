// pnpm --filter @csc/gateway bench:national — a benchmark, not a test. Generates 150 councils × 10 financial
// years of complaint records (100–400 per council per year) and prints how long one council's annual report and a
// national comparison take. Uses DATABASE_URL if set (it adds "bench-NNN" councils to it), otherwise a temporary
// embedded PostgreSQL that is removed afterwards.
import { createPrismaClient, migrate, type PrismaClient } from "@csc/db";
import { startTestDatabase } from "@csc/db/testing";
import { loadCouncil } from "@csc/registry";
import { financialYear } from "@csc/rules";
import { compareCouncils, COMPARISON_METRICS } from "../src/reports/comparison";
import { generateReport } from "../src/reports/generate-report";
import { councilStatistics } from "../src/reports/statistics";
import { generateNationalData } from "./bench-national-data";

const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 150);
const FIRST_YEAR = 2015;
const LAST_YEAR = 2024;

async function time<T>(label: string, fn: () => Promise<T>, runs = 3): Promise<T> {
  let result: T | undefined;
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    result = await fn();
    ms.push(performance.now() - start);
  }
  console.log(`${label}: ${ms.map((m) => `${Math.round(m)} ms`).join(", ")} (runs: first is cold)`);
  return result as T;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  let prisma: PrismaClient;
  let stop: () => Promise<void>;
  if (url) {
    await migrate(url);
    prisma = createPrismaClient(url);
    stop = () => prisma.$disconnect();
  } else {
    const db = await startTestDatabase();
    prisma = db.prisma;
    stop = () => db.stop();
  }
  try {
    const layout = await loadCouncil("worcestershire");
    const start = performance.now();
    const { cases } = await generateNationalData(prisma, { councils: COUNCILS, firstYear: FIRST_YEAR, lastYear: LAST_YEAR, layout });
    console.log(
      `generated ${cases} complaints for ${COUNCILS} councils × ${LAST_YEAR - FIRST_YEAR + 1} years in ${Math.round(performance.now() - start)} ms`,
    );
    const rows = await prisma.$queryRawUnsafe<Array<{ table: string; rows: bigint }>>(
      `SELECT 'case_stage' AS table, count(*) AS rows FROM case_stage UNION ALL SELECT 'point_of_complaint', count(*) FROM point_of_complaint UNION ALL SELECT 'case_team', count(*) FROM case_team`,
    );
    console.log(rows.map((r) => `${r.table}: ${r.rows}`).join(", "));

    const council = `bench-${String(Math.ceil(COUNCILS / 2)).padStart(3, "0")}`;
    const adapter = { ...layout, id: council };
    const period = financialYear(LAST_YEAR);
    const report = await time(`annual report of ${council} for ${LAST_YEAR}/${String(LAST_YEAR + 1).slice(2)} (Worcestershire layout)`, () =>
      generateReport(prisma, council, period, { adapter }),
    );
    console.log(`  ${report.sections.reduce((n, s) => n + s.tables.length, 0)} tables`);
    await time(`statistics: cases received by team × quarter for ${council}`, () =>
      councilStatistics(prisma, council, { metric: "cases_received", groupBy: ["team", "quarter"] }, period),
    );
    const comparison = await time(`national comparison of ${COUNCILS} councils on every canonical measure`, () =>
      compareCouncils(prisma, COMPARISON_METRICS, period, undefined),
    );
    console.log(`  ${comparison.councils.length} councils compared`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
