import type { IsoDate } from "@csc/rules";

/**
 * One row of Gloucestershire's case-system export ("Customer Feedback" log): one piece of feedback per row,
 * in the council's codes. Dates are written dd/mm/yyyy in the file; lists (teams, reasons) are separated by
 * semicolons. Nothing here is personal data: no names, addresses or free text.
 */
export interface ExportRecord {
  reference: string;
  kind: string;
  procedure: string | null;
  receivedOn: IsoDate;
  channel: string | null;
  complainantType: string | null;
  youngPerson: boolean;
  advocacyOffered: boolean | null;
  advocacyProvider: string | null;
  teams: string[];
  reasons: string[];
  acknowledgedOn: IsoDate | null;
  stage1ExtendedTo: number | null;
  stage1RespondedOn: IsoDate | null;
  stage1Outcome: string | null;
  stage2RequestedOn: IsoDate | null;
  stage2StatementOn: IsoDate | null;
  stage2ExtendedTo: number | null;
  stage2RespondedOn: IsoDate | null;
  stage2Outcome: string | null;
  stage3RequestedOn: IsoDate | null;
  panelOn: IsoDate | null;
  panelReportOn: IsoDate | null;
  councilResponseOn: IsoDate | null;
  stage3Outcome: string | null;
  withdrawnOn: IsoDate | null;
  notConsideredReason: string | null;
  notConsideredOn: IsoDate | null;
  lgscoReferredOn: IsoDate | null;
  lgscoDecidedOn: IsoDate | null;
  lgscoDecision: string | null;
  gender: string | null;
  ethnicity: string | null;
  disability: string | null;
  closedOn: IsoDate | null;
}

/** The export's columns, in file order, each with the record field it fills. */
export const EXPORT_COLUMNS = [
  ["reference", "reference"],
  ["kind", "kind"],
  ["procedure", "procedure"],
  ["received_date", "receivedOn"],
  ["channel", "channel"],
  ["complainant_type", "complainantType"],
  ["young_person", "youngPerson"],
  ["advocacy_offered", "advocacyOffered"],
  ["advocacy_provider", "advocacyProvider"],
  ["teams", "teams"],
  ["reasons", "reasons"],
  ["acknowledged_date", "acknowledgedOn"],
  ["stage1_extended_to_wd", "stage1ExtendedTo"],
  ["stage1_response_date", "stage1RespondedOn"],
  ["stage1_outcome", "stage1Outcome"],
  ["stage2_requested_date", "stage2RequestedOn"],
  ["stage2_statement_agreed_date", "stage2StatementOn"],
  ["stage2_extended_to_wd", "stage2ExtendedTo"],
  ["stage2_response_date", "stage2RespondedOn"],
  ["stage2_outcome", "stage2Outcome"],
  ["stage3_requested_date", "stage3RequestedOn"],
  ["panel_date", "panelOn"],
  ["panel_report_date", "panelReportOn"],
  ["council_response_date", "councilResponseOn"],
  ["stage3_outcome", "stage3Outcome"],
  ["withdrawn_date", "withdrawnOn"],
  ["not_considered_reason", "notConsideredReason"],
  ["not_considered_date", "notConsideredOn"],
  ["lgsco_referred_date", "lgscoReferredOn"],
  ["lgsco_decision_date", "lgscoDecidedOn"],
  ["lgsco_decision", "lgscoDecision"],
  ["gender", "gender"],
  ["ethnicity", "ethnicity"],
  ["disability", "disability"],
  ["closed_date", "closedOn"],
] as const satisfies readonly (readonly [string, keyof ExportRecord])[];

export type ExportColumn = (typeof EXPORT_COLUMNS)[number][0];
