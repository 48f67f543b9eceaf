import { defineImportMapping } from "@csc/council-kit";
import { LIST_SEPARATOR } from "./export-format";

/** A stage's start: a complaint's, not before it was received. */
const STAGE_CHANGES = { after: "Date Received", complaintsOnly: true } as const;

/**
 * Hartlepool's case-system export (./export-format.ts) as an import mapping: its codes are the vocabularies' own
 * (../vocabularies.ts), dates DD/MM/YYYY, each date column a lifecycle event in the procedure's order.
 * `applyImportMapping` reads it exactly as the code importer it replaced did (./mapping.test.ts holds the digest).
 */
export const importMapping = defineImportMapping({
  dateFormats: ["DD/MM/YYYY"],
  listSeparator: LIST_SEPARATOR,
  reference: { column: "Reference" },
  kind: { column: "Record Type" },
  receivedOn: { column: "Date Received" },
  procedure: { column: "Procedure", complaintsNeedIt: true },
  channel: { column: "Received Via" },
  complainantType: { column: "From" },
  madeByChild: { column: "Child Complainant" },
  advocacyOffered: { impliedBy: ["advocacyTaken"] },
  advocacyTaken: { column: "Advocate" },
  teams: { column: "Teams" },
  points: { column: "Subjects", as: "reason", whenEmpty: "outcomeOnly" },
  outcomes: { stage1: { column: "S1 Outcome" }, stage2: { column: "S2 Outcome" }, stage3: { column: "S3 Outcome" } },
  notConsideredReason: { column: "Not Considered Reason" },
  lgscoDecision: { column: "LGSCO Decision" },
  localDimensions: {
    // Section 7.2 counts complaints "'on hold' at Stage 2": on hold now, for complaints that entered the procedure
    // (README, "Local dimensions"); where they entered and how far they went are the rules' own dimensions.
    onHold: { flag: { allFilled: ["On Hold From"], allEmpty: ["On Hold Until"] }, onlyWhenAnyFilled: ["S1 Start", "S2 Requested", "S3 Requested"] },
  },
  events: [
    { type: "acknowledged", date: "Date Acknowledged", after: "Date Received" },
    // The procedure decision opens Stage 1, so only complaints that went to Stage 1 have one.
    { type: "procedure_decided", date: "Date Received", whenFilled: ["S1 Start"] },
    // A complaint not considered further never entered a stage.
    { type: "not_considered", date: "Date Not Considered", excludes: ["S1 Start", "S2 Requested"], ...STAGE_CHANGES },
    { type: "stage_started", stage: "stage1", date: "S1 Start", ...STAGE_CHANGES },
    {
      type: "extension_agreed",
      stage: "stage1",
      date: "S1 Start",
      totalWorkingDaysColumn: "S1 Extended To",
      reason: "Extension agreed with the complainant",
    },
    { type: "response_sent", stage: "stage1", date: "S1 Response", after: "S1 Start" },
    // After Stage 1 (its response first) the complainant's request opens Stage 2; straight to Stage 2 (seed 7.2,
    // "proceeded directly to Stage 2": no Stage 1 start), the council starts it.
    { type: "escalation_requested", to: "stage2", date: "S2 Requested", after: "S1 Response", whenFilled: ["S1 Start"] },
    { type: "stage_started", stage: "stage2", date: "S2 Requested", unlessFilled: ["S1 Start"], ...STAGE_CHANGES },
    { type: "statement_agreed", date: "S2 Statement Agreed", after: "S2 Requested" },
    // SI 2006/1738 reg 17: an Investigating Officer and an Independent Person consider the complaint.
    { type: "investigator_appointed", role: "investigating_officer", date: "S2 Statement Agreed" },
    { type: "investigator_appointed", role: "independent_person", date: "S2 Statement Agreed" },
    {
      type: "extension_agreed",
      stage: "stage2",
      date: "S2 Statement Agreed",
      totalWorkingDaysColumn: "S2 Extended To",
      reason: "Extension agreed with the complainant",
    },
    { type: "adjudication_sent", date: "S2 Response", after: "S2 Statement Agreed" },
    { type: "escalation_requested", to: "stage3", date: "S3 Requested", after: "S2 Response" },
    { type: "panel_held", date: "S3 Panel Held" },
    { type: "panel_reported", date: "S3 Panel Report" },
    { type: "council_responded", date: "S3 Council Response", after: "S3 Requested" },
    { type: "suspended", date: "On Hold From", reason: "On hold at the complainant's request" },
    { type: "resumed", date: "On Hold Until", after: "On Hold From" },
    { type: "withdrawn", date: "Withdrawn By Complainant" },
    { type: "lgsco_referred", date: "LGSCO Referred" },
    { type: "lgsco_decided", date: "LGSCO Decided" },
    { type: "closed", date: "Date Closed", after: "Date Received" },
  ],
});
