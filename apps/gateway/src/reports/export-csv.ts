import type { CellValue } from "@csc/council-kit";
import { MISSING_VALUE, type Figure } from "./disclosure";
import type { CouncilComparison } from "./comparison";
import { csvLine } from "./render/csv";
import type { StatisticsResult } from "./statistics";

/**
 * Statistics and comparison results as CSV files for analysts' spreadsheets: UTF-8 with a byte-order mark (so
 * Excel opens it as UTF-8), RFC 4180 quoting, CRLF line ends, one line per figure in long format. The figures
 * are the ones the API gave (already through the disclosure policy): a missing value or a withheld base is
 * MISSING_VALUE ("[x]", the one name of a missing value) with its reason in the `missing` column. A text cell
 * that a spreadsheet would read as a formula (=, +, @, tab) starts with an apostrophe.
 */
export const BOM = "\uFEFF";

const text = (value: string | null): string | null => (value !== null && /^[=+@\t\r]/.test(value) ? `'${value}` : value);
const shown = (value: number | null): CellValue => (value === null ? MISSING_VALUE : value);
const figureCells = (f: Figure): CellValue[] => [shown(f.value), f.suppressed ? MISSING_VALUE : f.base, f.missing ?? ""];

function file(rows: ReadonlyArray<ReadonlyArray<CellValue>>): string {
  return `${BOM}${rows.map(csvLine).join("\r\n")}\r\n`;
}

/** One line for the overall figure (group columns "Total"), then one per group. */
export function statisticsCsv(result: StatisticsResult): string {
  const lead = [result.metric, result.basis ?? "", result.period.start, result.period.end];
  return file([
    ["metric", "basis", "period_start", "period_end", ...result.groupBy, "value", "base", "missing"],
    [...lead, ...result.groupBy.map(() => "Total"), ...figureCells(result)],
    ...result.groups.map((g) => [...lead, ...g.key.map(text), ...figureCells(g)]),
  ]);
}

/** One line per council and figure. */
export function comparisonCsv(comparison: CouncilComparison): string {
  const { period, basis, stage } = comparison;
  return file([
    ["council_id", "council", "metric", "key", "basis", "stage", "period_start", "period_end", "value", "base", "missing"],
    ...comparison.councils.flatMap((c) =>
      c.figures.map((f) => [c.councilId, text(c.name), f.metric, text(f.key) ?? "", basis, stage, period.start, period.end, ...figureCells(f)]),
    ),
  ]);
}
