import { blankCsvRow, toUkDate } from "@csc/council-kit";
/**
 * The export Somerset's iCasework system produces for children's social care feedback: one CSV row per case
 * (complaint, compliment, comment, member enquiry), dates DD/MM/YYYY, codes from ./vocabularies.ts and
 * ./causes.ts. A complaint carries exactly one primary cause (blank when none was recorded). Stage columns are
 * blank for stages a case never reached; a member enquiry's reply is its "Response Sent" date.
 */
export const EXPORT_COLUMNS = [
  "Case Reference",
  "Case Type",
  "Date Received",
  "Contact Channel",
  "Customer Type",
  "Service Area",
  "Primary Cause",
  "Cause of Satisfaction",
  "Ethnicity",
  "Age Group",
  "Date Acknowledged",
  "Stage 1 Start",
  "Stage 1 Extended To",
  "Stage 1 Response",
  "Stage 1 Outcome",
  "Stage 2 Requested",
  "Stage 2 Statement Agreed",
  "Stage 2 Response",
  "Stage 2 Outcome",
  "LGO Referred",
  "LGO Decision",
  "LGO Decided",
  "Response Sent",
  "Case Outcome",
  "Date Closed",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** One row of the export, every column as text ("" when blank). */
export type ExportRow = Record<ExportColumn, string>;

/** A row with every column blank, to fill in. */
export const blankRow = (): ExportRow => blankCsvRow(EXPORT_COLUMNS);

/** ISO YYYY-MM-DD to the export's DD/MM/YYYY. */
export const toExportDate = toUkDate;
