import { defineImportMapping } from "@csc/council-kit";
import { CUSTOMER_GROUPS } from "../vocabularies";
import { EXPORT_COLUMNS } from "./export-format";

const COMPLAINTS = { kinds: ["complaint" as const] };

/** The stage and Ombudsman columns of the export (./export-format.ts), which only complaints fill in. */
const STAGE_COLUMNS = EXPORT_COLUMNS.filter((column) => /^(Stage \d|LGO) /.test(column));

/**
 * Somerset's iCasework export (./export-format.ts) as an import mapping: its codes are the vocabularies' own
 * (../vocabularies.ts, ../causes.ts), dates DD/MM/YYYY, each date column a lifecycle event in the procedure's order.
 * Complaints run through the children's statutory procedure (SI 2006/1738): Stage 1, Stage 2 when requested, then
 * the Local Government Ombudsman; a member enquiry's reply is its single response (README, "Member enquiries").
 * `applyImportMapping` reads it exactly as the code importer it replaced did (./mapping.test.ts holds the digest).
 */
export const importMapping = defineImportMapping({
  dateFormats: ["DD/MM/YYYY"],
  reference: { column: "Case Reference" },
  kind: { column: "Case Type" },
  receivedOn: { column: "Date Received" },
  // The export has no procedure column: every complaint is a Children's Social Care statutory complaint.
  complaintProcedure: "CSC",
  channel: { column: "Contact Channel" },
  complainantType: { column: "Customer Type" },
  // Section 3.4: feedback "received directly from children (those in care, previously in care or leaving care)".
  madeByChild: { column: "Customer Type", yesValues: [...CUSTOMER_GROUPS.children] },
  teams: { column: "Service Area" },
  // A complaint carries one primary cause, grouped into its theme; a member enquiry's reply answers point 1.
  points: { column: "Primary Cause", as: "reason", categoryFromParent: true, whenEmpty: "outcomeOnly" },
  outcomes: { stage1: { column: "Stage 1 Outcome" }, stage2: { column: "Stage 2 Outcome" } },
  lgscoDecision: { column: "LGO Decision" },
  equalities: { ethnicity: { column: "Ethnicity" }, ageBand: { column: "Age Group" } },
  localDimensions: {
    causeOfSatisfaction: { column: "Cause of Satisfaction", coded: true },
    caseOutcome: { column: "Case Outcome", coded: true },
  },
  onlyFor: [
    { kinds: ["complaint"], columns: ["Primary Cause", "Case Outcome", ...STAGE_COLUMNS] },
    { kinds: ["compliment"], columns: ["Cause of Satisfaction"] },
    { kinds: ["member_enquiry"], columns: ["Response Sent"] },
  ],
  needs: [
    { column: "Case Outcome", needs: "Date Closed" },
    // Every complaint starts at Stage 1: its extension needs the start.
    { column: "Stage 1 Extended To", needs: "Stage 1 Start" },
  ],
  events: [
    { type: "acknowledged", date: "Date Acknowledged", after: "Date Received" },
    { type: "procedure_decided", date: "Date Received", whenFilled: ["Stage 1 Start"], ...COMPLAINTS },
    { type: "stage_started", stage: "stage1", date: "Stage 1 Start", after: "Date Received", ...COMPLAINTS },
    // SI 2006/1738 reg 14: extended by agreement with the complainant to 20 working days in all.
    {
      type: "extension_agreed",
      stage: "stage1",
      date: "Stage 1 Start",
      totalWorkingDaysColumn: "Stage 1 Extended To",
      reason: "Extension agreed with the customer",
      ...COMPLAINTS,
    },
    { type: "response_sent", stage: "stage1", date: "Stage 1 Response", after: "Stage 1 Start", ...COMPLAINTS },
    { type: "escalation_requested", to: "stage2", date: "Stage 2 Requested", after: "Stage 1 Response", ...COMPLAINTS },
    { type: "statement_agreed", date: "Stage 2 Statement Agreed", after: "Stage 2 Requested", ...COMPLAINTS },
    { type: "investigator_appointed", role: "investigating_officer", date: "Stage 2 Statement Agreed", ...COMPLAINTS },
    { type: "investigator_appointed", role: "independent_person", date: "Stage 2 Statement Agreed", ...COMPLAINTS },
    { type: "adjudication_sent", date: "Stage 2 Response", after: "Stage 2 Statement Agreed", ...COMPLAINTS },
    { type: "lgsco_referred", date: "LGO Referred", ...COMPLAINTS },
    { type: "lgsco_decided", date: "LGO Decided", after: "LGO Referred", ...COMPLAINTS },
    // A member enquiry's reply: Stage 1 opened on receipt, answered with no finding.
    { type: "stage_started", stage: "stage1", date: "Date Received", whenFilled: ["Response Sent"], kinds: ["member_enquiry"] },
    { type: "response_sent", stage: "stage1", date: "Response Sent", after: "Date Received", outcome: "no_finding", kinds: ["member_enquiry"] },
    { type: "closed", date: "Date Closed", after: "Date Received" },
  ],
});
