import { suppliedLabel, type CellValue, type ReportTable } from "@csc/council-kit";

/** A cell as printed: numbers as they are (the layout already rounded them), empty cells as an en dash. */
export function cellText(value: CellValue): string {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return "–";
  return String(value);
}

/** Whether a table's cell holds words (a text or child-entries cell: no number format), printed left-aligned. */
export const isWordsCell = (table: ReportTable, row: number, column: number): boolean => table.formats?.[row]?.[column] === null;

/** The report's title, or one made from the council and period. */
export function reportTitle(report: { title?: string | undefined; council: string; period: { start: string; end: string } }): string {
  return report.title ?? `${report.council}: report for ${report.period.start} to ${report.period.end}`;
}

/**
 * The labels of the figures a table takes from elsewhere ("Supplied: <source>"), one per supplied cell, naming its
 * row and column, for the formats that print notes under a table (HTML, PDF, DOCX).
 */
export function suppliedNotes(table: ReportTable): string[] {
  return (table.supplied ?? []).map((s) => `${suppliedLabel(s.source)} (${s.row}, ${s.column})`);
}

/** The label of a row's supplied figures, or null: the "Note" column of CSV and XLSX. */
export function suppliedNoteOfRow(table: ReportTable, row: string): string | null {
  const sources = [...new Set((table.supplied ?? []).filter((s) => s.row === row).map((s) => s.source))];
  return sources.length ? sources.map(suppliedLabel).join("; ") : null;
}

/** Whether a table holds a supplied figure (and so gets a "Note" column in CSV and XLSX). */
export const hasSupplied = (table: ReportTable): boolean => (table.supplied?.length ?? 0) > 0;
