import { defineImportMapping } from "@csc/council-kit";
import { LIST_SEPARATOR } from "./export-format";

/**
 * Northamptonshire's case-system export (./export-format.ts) as an import mapping: its codes are the vocabularies'
 * own (../vocabularies.ts), dates DD/MM/YYYY, each date column a lifecycle event in the procedure's order.
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
  complainantType: { column: "Complainant" },
  madeByChild: { column: "Child Or Young Person" },
  // Children Act 1989 s.26A; "Complaints from Young People": every child or young person who complains is offered an advocate.
  advocacyOffered: { impliedBy: ["madeByChild", "advocacyTaken"] },
  advocacyTaken: { column: "Advocate" },
  teams: { column: "Team" },
  // Each reason is a point; its category is the reason's theme. A complaint listing none still gets its stage outcomes.
  points: { column: "Reasons", as: "reason", categoryFromParent: true, whenEmpty: "outcomeOnly" },
  outcomes: { stage1: { column: "S1 Outcome" }, stage2: { column: "S2 Outcome" }, stage3: { column: "S3 Outcome" } },
  notConsideredReason: { column: "Declined Reason" },
  lgscoDecision: { column: "LGO Decision" },
  events: [
    { type: "acknowledged", date: "Date Acknowledged", after: "Date Received" },
    // A declined complaint (not considered further) has no stage dates.
    {
      type: "not_considered",
      date: "Date Declined",
      after: "Date Received",
      excludes: ["S1 Response", "S1 Extended To", "S2 Requested"],
      complaintsOnly: true,
    },
    // A considered complaint enters Stage 1 on receipt (seed section 4); a declined one never does.
    { type: "procedure_decided", date: "Date Received", complaintsOnly: true, unlessFilled: ["Date Declined"] },
    // "the expectation is that any extension is agreed with the person making the complaint upfront": agreed on receipt.
    {
      type: "extension_agreed",
      stage: "stage1",
      date: "Date Received",
      totalWorkingDaysColumn: "S1 Extended To",
      reason: "Extension agreed with the complainant upfront",
      complaintsOnly: true,
    },
    { type: "response_sent", stage: "stage1", date: "S1 Response", after: "Date Received", complaintsOnly: true },
    { type: "escalation_requested", to: "stage2", date: "S2 Requested", after: "S1 Response", complaintsOnly: true },
    { type: "statement_agreed", date: "S2 Statement Agreed", after: "S2 Requested", complaintsOnly: true },
    // SI 2006/1738 reg 17: an Investigating Officer and an Independent Person consider the complaint.
    { type: "investigator_appointed", role: "investigating_officer", date: "S2 Statement Agreed", complaintsOnly: true },
    { type: "investigator_appointed", role: "independent_person", date: "S2 Statement Agreed", complaintsOnly: true },
    { type: "adjudication_sent", date: "S2 Response", after: "S2 Statement Agreed", complaintsOnly: true },
    { type: "escalation_requested", to: "stage3", date: "S3 Requested", after: "S2 Response", complaintsOnly: true },
    { type: "panel_held", date: "S3 Panel Held", after: "S3 Requested", complaintsOnly: true },
    { type: "panel_reported", date: "S3 Panel Report", after: "S3 Requested", complaintsOnly: true },
    { type: "council_responded", date: "S3 Council Response", complaintsOnly: true },
    { type: "lgsco_referred", date: "LGO Referred", complaintsOnly: true },
    {
      type: "lgsco_decided",
      date: "LGO Decided",
      after: "LGO Referred",
      complaintsOnly: true,
      // "LGO Investigations and Decisions": apology, financial remedy or procedural change.
      remediesColumn: "LGO Remedy",
      remedyValues: { APOLOGY: "apology", FINANCIAL: "financial_remedy", PROCEDURE: "procedure_change", SERVICE: "service_improvement" },
    },
    { type: "closed", date: "Date Closed", after: "Date Received" },
  ],
});
