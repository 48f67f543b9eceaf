import type { Report } from "@csc/council-kit";
import type { PrismaClient } from "@csc/db";
import type { Period } from "@csc/rules";
import { withCouncil } from "../db/client";
import { timed } from "../http/request-timing";
import type { Disclosure } from "./disclosure";
import { compareCouncils, type ComparisonMetric, type ComparisonOptions, type CouncilComparison } from "./comparison";
import { councilReport } from "./report-service";
import { councilStatistics, type CoveredStatistics, type StatisticsQuery } from "./statistics";

/**
 * Where reports and analyst queries run. `inProcessAnalytics` runs them on the given client in this thread (tests,
 * CLI); `createAnalyticsPool` (analytics-pool.ts) runs the same functions in worker threads on their own
 * connection pool with a statement timeout, so analytics never hold the event loop or the connections that
 * serve officers' case work.
 */
export interface AnalyticsEngine {
  statistics(councilId: string, query: StatisticsQuery, period: Period, disclosure?: Disclosure): Promise<CoveredStatistics>;
  report(councilId: string, period: Period): Promise<Report>;
  compare(
    metrics: readonly ComparisonMetric[],
    period: Period,
    councilIds?: readonly string[],
    options?: ComparisonOptions,
  ): Promise<CouncilComparison>;
  close(): Promise<void>;
}

export type AnalyticsOperation =
  | { op: "statistics"; councilId: string; query: StatisticsQuery; period: Period; disclosure?: Disclosure | undefined }
  | { op: "report"; councilId: string; period: Period }
  | {
      op: "compare";
      metrics: readonly ComparisonMetric[];
      period: Period;
      councilIds?: readonly string[] | undefined;
      options?: ComparisonOptions | undefined;
    };

export function inProcessAnalytics(root: PrismaClient): AnalyticsEngine {
  return {
    statistics: (councilId, query, period, disclosure) =>
      timed("transaction", () =>
        withCouncil(root, councilId, (tx) => councilStatistics(tx, councilId, query, period, disclosure), { timeout: 60_000, readOnly: true }),
      ),
    report: (councilId, period) => councilReport(root, councilId, period),
    compare: (metrics, period, councilIds, options) => timed("transaction", () => compareCouncils(root, metrics, period, councilIds, options)),
    close: async () => {},
  };
}

/** Runs one operation on an engine (what a worker thread does with each message). */
export function runOperation(engine: AnalyticsEngine, operation: AnalyticsOperation): Promise<unknown> {
  if (operation.op === "statistics") return engine.statistics(operation.councilId, operation.query, operation.period, operation.disclosure);
  if (operation.op === "report") return engine.report(operation.councilId, operation.period);
  return engine.compare(operation.metrics, operation.period, operation.councilIds, operation.options);
}

/** The engine a request's analytics run on: the gateway's (worker pool) or, without one, this thread on `root`. */
export function analyticsOf(context: { analytics?: AnalyticsEngine | undefined; root: PrismaClient }): AnalyticsEngine {
  return context.analytics ?? inProcessAnalytics(context.root);
}
