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

/** One published cell beside the computed one: matched, excepted (a listed exception, with its reason) or a mismatch. */
export type CellComparison =
  | { readonly status: "matched"; readonly figure: PublishedFigure; readonly actual: CellValue | undefined }
  | { readonly status: "excepted"; readonly figure: PublishedFigure; readonly actual: CellValue | undefined; readonly reason: string }
  | { readonly status: "mismatch"; readonly figure: PublishedFigure; readonly actual: CellValue | undefined; readonly mismatch: Mismatch };

/**
 * Compares a computed report with the published figures cell by cell, every figure with its verdict: the one
 * comparison the golden tests (through compareWithPublished) and the app's upload of published figures use.
 */
export function compareCells(report: Report, published: readonly PublishedFigure[], options: CompareOptions = {}): CellComparison[] {
  const tables = new Map(report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
  const exceptions = options.exceptions ?? [];
  return published.map((figure): CellComparison => {
    const where = `${figure.section} (${figure.table}) row "${figure.row}", column "${figure.column}"`;
    const miss = (kind: MismatchKind, actual: CellValue | undefined, detail: string): CellComparison => ({
      status: "mismatch",
      figure,
      actual,
      mismatch: { kind, ...figure, expected: figure.value, actual, message: `${where}: published ${show(figure.value)}, ${detail}` },
    });
    const table = tables.get(figure.table);
    const row = table?.rows.find((r) => r.label === figure.row);
    const index = table ? table.columns.indexOf(figure.column) : -1;
    const actual = row && index >= 0 ? row.cells[index] : undefined;
    if (isListedException(exceptions, figure, options.year)) {
      const reason = exceptions.find((e) => isListedException([e], figure, options.year))?.reason ?? "";
      return { status: "excepted", figure, actual, reason };
    }
    if (!table) return miss("missing_table", undefined, `but the report has no table "${figure.table}"`);
    if (!row) return miss("missing_row", undefined, `but table "${figure.table}" has no row "${figure.row}"`);
    if (index < 0) return miss("missing_column", undefined, `but table "${figure.table}" has no column "${figure.column}"`);
    if (!sameValue(figure.value, actual)) return miss("different_value", actual, `computed ${show(actual)}`);
    return { status: "matched", figure, actual };
  });
}

/** Compares a computed report with the published figures cell by cell; an empty list means they agree. */
export function compareWithPublished(report: Report, published: readonly PublishedFigure[], options: CompareOptions = {}): Mismatch[] {
  return compareCells(report, published, options).flatMap((c) => (c.status === "mismatch" ? [c.mismatch] : []));
}
