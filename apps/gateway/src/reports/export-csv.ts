import type { CellValue } from "@csc/council-kit";
import type { CouncilComparison } from "./comparison";
import { comparisonRows, statisticsRows, type ExportRows } from "./export-rows";
import { csvLine } from "./render/csv";
import type { StatisticsResult } from "./statistics";

/**
 * Statistics and comparison results as CSV files for analysts' spreadsheets: UTF-8 with a byte-order mark (so
 * Excel opens it as UTF-8), RFC 4180 quoting, CRLF line ends, the rows of export-rows.ts (long format, "[x]" for a
 * missing value or withheld base). A text cell that a spreadsheet would read as a formula (=, +, @, tab) starts
 * with an apostrophe.
 */
export const BOM = "\uFEFF";

const text = (value: CellValue): CellValue => (typeof value === "string" && /^[=+@\t\r]/.test(value) ? `'${value}` : value);

function file(rows: ExportRows): string {
  return `${BOM}${rows.map((row) => csvLine(row.map(text))).join("\r\n")}\r\n`;
}

/** `labels`: the council's words for each groupBy dimension's codes (reports/local-labels.ts). */
export function statisticsCsv(result: StatisticsResult, labels: readonly ReadonlyMap<string, string>[] = []): string {
  return file(statisticsRows(result, labels));
}

export function comparisonCsv(comparison: CouncilComparison): string {
  return file(comparisonRows(comparison));
}
