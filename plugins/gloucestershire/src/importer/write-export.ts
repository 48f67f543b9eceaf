import { csvField, toUkDate } from "@csc/council-kit";
import { EXPORT_COLUMNS, type ExportRecord } from "./export-record";

/** One value as the case system writes it: empty for null, Y/N, codes joined by ";", dates dd/mm/yyyy. */
function cell(value: ExportRecord[keyof ExportRecord]): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "Y" : "N";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.join(";");
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? toUkDate(value) : value;
}

/** Writes records as the council's export (header row, then one row per record, CRLF line ends). */
export function writeExport(records: readonly ExportRecord[]): string {
  const header = EXPORT_COLUMNS.map(([column]) => column).join(",");
  const rows = records.map((r) => EXPORT_COLUMNS.map(([, field]) => csvField(cell(r[field]))).join(","));
  return `${[header, ...rows].join("\r\n")}\r\n`;
}
