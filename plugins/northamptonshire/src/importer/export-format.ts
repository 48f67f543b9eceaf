import { blankCsvRow, toUkDate, writeCsv } from "@csc/council-kit";
/**
 * The export Northamptonshire's complaints case system produces: one CSV row per record (complaint, compliment,
 * negative comment), dates written DD/MM/YYYY, several reasons separated by ";", codes from ./vocabularies.ts.
 * Stage columns are blank for stages a record never reached. No names, addresses or free text: references only.
 */
export const EXPORT_COLUMNS = [
  "Reference",
  "Record Type",
  "Procedure",
  "Date Received",
  "Received Via",
  "Complainant",
  "Child Or Young Person",
  "Advocate",
  "Team",
  "Reasons",
  "Date Acknowledged",
  "Declined Reason",
  "Date Declined",
  "S1 Extended To",
  "S1 Response",
  "S1 Outcome",
  "S2 Requested",
  "S2 Statement Agreed",
  "S2 Response",
  "S2 Outcome",
  "S3 Requested",
  "S3 Panel Held",
  "S3 Panel Report",
  "S3 Council Response",
  "S3 Outcome",
  "LGO Referred",
  "LGO Decision",
  "LGO Remedy",
  "LGO Decided",
  "Date Closed",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** One row of the export, every column as text ("" when blank). */
export type ExportRow = Record<ExportColumn, string>;

/** A row with every column blank, to fill in. */
export const blankRow = (): ExportRow => blankCsvRow(EXPORT_COLUMNS);

/** The separator for several teams or reasons in one cell. */
export const LIST_SEPARATOR = ";";

/** ISO YYYY-MM-DD to the export's DD/MM/YYYY. */
export const toExportDate = toUkDate;

/** The export's text: the header, then one line per row, each ending in a newline. */
export function writeExport(rows: readonly ExportRow[]): string {
  return writeCsv([EXPORT_COLUMNS, ...rows.map((row) => EXPORT_COLUMNS.map((c) => row[c]))]);
}
