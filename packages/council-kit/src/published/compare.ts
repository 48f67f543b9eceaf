import type { CellValue, Report } from "../report/report";
import type { PublishedException, PublishedFigure } from "./published-figures";

export type MismatchKind = "missing_table" | "missing_row" | "missing_column" | "different_value";

export interface Mismatch {
  readonly kind: MismatchKind;
  readonly section: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly expected: number | string;
  readonly actual: CellValue | undefined;
  /** One readable line, e.g. `Table 3 (stage1-outcomes) row "Upheld", column "2021/22": published 12, computed 11`. */
  readonly message: string;
}

export interface CompareOptions {
  /** Cells not expected to match, each with its reason; skipped (matched on table, row and column, and year when given). */
  readonly exceptions?: readonly PublishedException[];
  /** The year being compared, to match year-specific exceptions. */
  readonly year?: number;
}

function sameValue(expected: number | string, actual: CellValue | undefined): boolean {
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) < 1e-9;
  return typeof actual === "string" && actual.trim() === expected.trim();
}

function show(value: CellValue | undefined): string {
  if (value === undefined) return "nothing";
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** Whether a published cell is one of the listed exceptions (table, row and column; and year when both give one). */
export function isListedException(exceptions: readonly PublishedException[], figure: PublishedFigure, year?: number): boolean {
  return exceptions.some(
    (e) =>
      e.table === figure.table &&
      e.row === figure.row &&
      e.column === figure.column &&
      (e.year === undefined || year === undefined || e.year === year),
  );
}

/** Compares a computed report with the published figures cell by cell; an empty list means they agree. */
export function compareWithPublished(report: Report, published: readonly PublishedFigure[], options: CompareOptions = {}): Mismatch[] {
  const tables = new Map(report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
  const skipped = (f: PublishedFigure): boolean => isListedException(options.exceptions ?? [], f, options.year);
  const mismatches: Mismatch[] = [];
  for (const figure of published) {
    if (skipped(figure)) continue;
    const where = `${figure.section} (${figure.table}) row "${figure.row}", column "${figure.column}"`;
    const miss = (kind: MismatchKind, actual: CellValue | undefined, detail: string): void => {
      mismatches.push({ kind, ...figure, expected: figure.value, actual, message: `${where}: published ${show(figure.value)}, ${detail}` });
    };
    const table = tables.get(figure.table);
    if (!table) {
      miss("missing_table", undefined, `but the report has no table "${figure.table}"`);
      continue;
    }
    const row = table.rows.find((r) => r.label === figure.row);
    if (!row) {
      miss("missing_row", undefined, `but table "${figure.table}" has no row "${figure.row}"`);
      continue;
    }
    const index = table.columns.indexOf(figure.column);
    if (index < 0) {
      miss("missing_column", undefined, `but table "${figure.table}" has no column "${figure.column}"`);
      continue;
    }
    const actual = row.cells[index];
    if (!sameValue(figure.value, actual)) miss("different_value", actual, `computed ${show(actual)}`);
  }
  return mismatches;
}
