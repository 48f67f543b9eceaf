import { blankCsvRow, toUkDate } from "@csc/council-kit";
/**
 * The export Hartlepool's complaints case system produces: one CSV row per record (complaint, compliment,
 * comment, member enquiry), dates written DD/MM/YYYY, several teams or subjects separated by ";", codes from
 * ./vocabularies.ts. Stage columns are blank for stages a record never reached.
 */
export const EXPORT_COLUMNS = [
  "Reference",
  "Record Type",
  "Procedure",
  "Date Received",
  "Received Via",
  "From",
  "Child Complainant",
  "Advocate",
  "Teams",
  "Subjects",
  "Date Acknowledged",
  "Not Considered Reason",
  "Date Not Considered",
  "S1 Start",
  "S1 Extended To",
  "S1 Response",
  "S1 Outcome",
  "S2 Requested",
  "S2 Statement Agreed",
  "S2 Extended To",
  "S2 Response",
  "S2 Outcome",
  "S3 Requested",
  "S3 Panel Held",
  "S3 Panel Report",
  "S3 Council Response",
  "S3 Outcome",
  "On Hold From",
  "On Hold Until",
  "Withdrawn By Complainant",
  "LGSCO Referred",
  "LGSCO Decision",
  "LGSCO Decided",
  "Date Closed",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** One row of the export, every column as text ("" when blank). */
export type ExportRow = Record<ExportColumn, string>;

/** A row with every column blank, to fill in. */
export const blankRow = (): ExportRow => blankCsvRow(EXPORT_COLUMNS);

/** The separator for several teams or subjects in one cell. */
export const LIST_SEPARATOR = ";";

/** ISO YYYY-MM-DD to the export's DD/MM/YYYY. */
export const toExportDate = toUkDate;
