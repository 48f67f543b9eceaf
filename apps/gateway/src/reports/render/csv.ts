import type { CellValue, Report, ReportTable } from "@csc/council-kit";
import { hasSupplied, suppliedNoteOfRow } from "./cell-text";

/**
 * CSV of the report's tables (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled;
 * CRLF line ends). `tableCsv` is one table (a header row "" + its columns, then one line per row);
 * `reportCsv` is every table in one file with `section`, `table` and `row` columns before the table's columns,
 * one line per cell (long format, so tables with different columns fit one file), and a `note` column that labels
 * a figure taken from elsewhere "Supplied: <source>".
 */
const field = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
/** One CSV line (no line end) of the values, quoted where RFC 4180 needs it. */
export const csvLine = (values: ReadonlyArray<CellValue | undefined>): string => values.map(field).join(",");
const line = csvLine;

export function tableCsv(table: ReportTable): string {
  // A table holding figures taken from elsewhere gets a last column "Note": "Supplied: <source>" on their rows.
  const note = hasSupplied(table);
  const lines = [
    line([table.rowHeading ?? "", ...table.columns, ...(note ? ["Note"] : [])]),
    ...table.rows.map((row) => line([row.label, ...row.cells, ...(note ? [suppliedNoteOfRow(table, row.label)] : [])])),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

export function reportCsv(report: Report): string {
  const lines = [line(["section", "table", "table_title", "row", "column", "value", "note"])];
  for (const section of report.sections) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, i) => {
          const column = table.columns[i] ?? "";
          const supplied = table.supplied?.find((s) => s.row === row.label && s.column === column);
          lines.push(line([section.id, table.id, table.title, row.label, column, cell, supplied ? `Supplied: ${supplied.source}` : null]));
        });
      }
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** One file name per table: `<section id>--<table id>.csv`, made safe for any file system. */
export function tableFileName(sectionId: string, tableId: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "-");
  return `${safe(sectionId)}--${safe(tableId)}.csv`;
}
