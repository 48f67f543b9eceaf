import type { IsoDate, Period } from "@csc/rules";
import type { Figure } from "./disclosure";

/**
 * Each council's record coverage: the first and last day a case of the council was received (SQL record_coverage,
 * migration 1770200000002). A figure for a period wholly outside it that counted nothing is "no records"
 * (MissingReason no_records), not 0: a council whose records were imported up to 2022 did not take no complaints in
 * 2025. A figure that counted something (a case received before the coverage's end and completed after it) keeps
 * its value.
 */
export interface RecordCoverage {
  firstReceivedOn: IsoDate;
  lastReceivedOn: IsoDate;
}

interface CoverageReader {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
}

/** The councils' coverage; a council with no case is absent. */
export async function recordCoverageOf(db: CoverageReader, councilIds: readonly string[]): Promise<Map<string, RecordCoverage>> {
  if (councilIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ council_id: string; first: string; last: string }[]>`SELECT council_id, first_received_on::text AS first,
      last_received_on::text AS last FROM record_coverage(${[...councilIds]}::text[])`;
  return new Map(rows.map((r) => [r.council_id, { firstReceivedOn: r.first as IsoDate, lastReceivedOn: r.last as IsoDate }]));
}

/** Whether `period` lies wholly outside the coverage (or the council has no case at all). */
export function outsideCoverage(period: Period, coverage: RecordCoverage | null | undefined): boolean {
  return !coverage || period.end < coverage.firstReceivedOn || period.start > coverage.lastReceivedOn;
}

/**
 * The figure as "no records" when its period is outside the coverage and it counted nothing (a 0, or no base);
 * otherwise as it is. A figure missing for a reason records would not change (not applicable, no context figure)
 * keeps that reason.
 */
export function withCoverage<F extends Figure>(figure: F, outside: boolean): F {
  if (!outside || figure.suppressed || figure.base !== 0) return figure;
  const nothing = figure.value === 0 || (figure.value === null && (figure.missing === null || figure.missing === "no_base"));
  return nothing ? { ...figure, value: null, missing: "no_records" } : figure;
}
