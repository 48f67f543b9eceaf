import { blankCsvRow, writeCsv } from "@csc/council-kit";
/**
 * The Consumer Relations Unit's case-system export: one CSV row per piece of feedback (complaint, LGO case,
 * compliment), its codes from ./vocabularies.ts, dates as YYYY-MM-DD (DD/MM/YYYY is accepted too), lists
 * separated by ";". No names, addresses or free text: nothing in the export identifies a person.
 */
export const EXPORT_COLUMNS = [
  "Reference",
  "Type",
  "Procedure",
  "Received",
  "Channel",
  "Complainant Type",
  "Age Band",
  "Made By Child",
  "Advocacy Offered",
  "Advocate Supporting",
  "Advocacy Provider",
  "Teams",
  "Nature",
  "Acknowledged",
  "S1 Suspended",
  "S1 Resumed",
  "S1 Suspension Reason",
  "S1 Extended",
  "S1 Response",
  "S1 Outcome",
  "S2 Requested",
  "S2 Statement Agreed",
  "S2 Extended",
  "S2 Adjudication",
  "S2 Outcome",
  "S3 Requested",
  "S3 Panel Held",
  "S3 Panel Report",
  "S3 Council Response",
  "Withdrawn",
  "Not Considered",
  "Not Considered Reason",
  "LGO Referred",
  "LGO Decided",
  "LGO Decision",
  "Closed",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** One export row as text, keyed by column (empty string for no value). */
export type ExportRow = Record<ExportColumn, string>;

/** An empty row, for writers (the fixture generator) to fill in. */
export const emptyExportRow = (): ExportRow => blankCsvRow(EXPORT_COLUMNS);

/** Writes rows as the case system does: a header row, then one line per case, CRLF line ends. */
export function writeExport(rows: readonly ExportRow[]): string {
  return writeCsv([EXPORT_COLUMNS, ...rows.map((r) => EXPORT_COLUMNS.map((c) => r[c]))], "\r\n");
}
