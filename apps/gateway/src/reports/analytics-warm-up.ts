import { financialYear, financialYearStartOf, type IsoDate } from "@csc/rules";
import type { AnalyticsEngine } from "./analytics-engine";
import { COMPARISON_METRICS } from "./comparison";

/**
 * The financial years an analytics worker compares as it starts: the last complete year (the one councils publish)
 * and the year before it, which reports and analysts set beside it.
 */
export function warmUpYears(today: IsoDate): number[] {
  const current = financialYearStartOf(today);
  return [current - 1, current - 2];
}

/**
 * Warms an analytics worker before its first analyst: the national comparison of every metric for each warm-up
 * year, one after the other on one connection (the pool hands out its most recently used connection next), then
 * the annual report of the first council compared, for the last complete year. The connection is opened and kept
 * (the workers' pools keep theirs), its PostgreSQL backend has mapped the rollup's buffers for those years and
 * filled its catalog caches, and the comparison's, disclosure's and report's code has been compiled (Prisma's
 * queries for layouts, supplied figures, narratives and records tables, council-kit's buildReport). Measured at
 * national scale (2.58 million complaints, 153 councils): a comparison's first run on a new backend 290–400 ms of
 * SQL against 115–120 ms after, and 184 ms of disclosure code on its first run against about 25; a process's first
 * report 380–620 ms outside its SQL against about 45 after. Nothing is returned or kept.
 */
export async function warmUpAnalytics(engine: Pick<AnalyticsEngine, "compare" | "report">, today: IsoDate): Promise<void> {
  const years = warmUpYears(today);
  let first: string | undefined;
  for (const year of years) {
    const comparison = await engine.compare(COMPARISON_METRICS, financialYear(year));
    first ??= comparison.councils[0]?.councilId;
  }
  const [lastComplete] = years;
  if (first && lastComplete !== undefined) await engine.report(first, financialYear(lastComplete));
}
