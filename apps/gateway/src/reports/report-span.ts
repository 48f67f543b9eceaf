import type { ReportAdapter } from "@csc/council-kit";
import { cellPeriodStart, type Period } from "./period-shift";

/**
 * The earliest year offset any cell of the council's layout counts over (e.g. -2 for a table that compares
 * with two years before), found by walking the layout for `yearOffset`: previous-year columns need those
 * years' facts loaded too.
 */
function earliestYearOffset(adapter: Pick<ReportAdapter, "report">): number {
  let earliest = 0;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "yearOffset" && typeof inner === "number") earliest = Math.min(earliest, inner);
        else walk(inner);
      }
    }
  };
  walk(adapter.report);
  return earliest;
}

/** The span of dates whose facts a report over `period` needs: from the earliest compared year to the period's end. */
export function reportSpan(adapter: Pick<ReportAdapter, "report">, period: Period): Period {
  return { start: cellPeriodStart(period, earliestYearOffset(adapter)), end: period.end };
}
