import { defineImportMapping } from "@csc/council-kit";

/**
 * The Consumer Relations Unit export (./export-format.ts) as an import mapping: its columns are the platform's
 * fields, its codes are the vocabularies' own (./vocabularies.ts, so no value needs mapping), and each date column
 * is a lifecycle event, in the procedure's order. `applyImportMapping` reads it exactly as the code importer this
 * replaced did (./mapping.test.ts holds them equal on the fixture).
 */
export const importMapping = defineImportMapping({
  dateFormats: ["YYYY-MM-DD", "DD/MM/YYYY"],
  listSeparator: ";",
  reference: { column: "Reference" },
  kind: { column: "Type" },
  receivedOn: { column: "Received" },
  procedure: { column: "Procedure" },
  channel: { column: "Channel" },
  complainantType: { column: "Complainant Type" },
  madeByChild: { column: "Made By Child" },
  advocacyOffered: { column: "Advocacy Offered" },
  advocacyTaken: { column: "Advocate Supporting" },
  advocacyProvider: { column: "Advocacy Provider" },
  teams: { column: "Teams" },
  points: { column: "Nature", as: "category", idPrefix: "P" },
  outcomes: { stage1: { column: "S1 Outcome" }, stage2: { column: "S2 Outcome" } },
  notConsideredReason: { column: "Not Considered Reason" },
  lgscoDecision: { column: "LGO Decision" },
  equalities: { ageBand: { column: "Age Band" } },
  events: [
    { type: "acknowledged", date: "Acknowledged", after: "Received" },
    // The Consumer Relations Unit decides the procedure on receipt.
    { type: "procedure_decided", date: "Received" },
    { type: "stage_started", stage: "stage1", date: "Received", complaintsOnly: true },
    { type: "suspended", date: "S1 Suspended", after: "Received", reasonColumn: "S1 Suspension Reason", complaintsOnly: true },
    { type: "resumed", date: "S1 Resumed", after: "S1 Suspended", complaintsOnly: true },
    {
      type: "extension_agreed",
      stage: "stage1",
      date: "S1 Extended",
      after: "Received",
      reason: "Stage 1 extended to 20 working days (SI 2006/1738 reg 14)",
      complaintsOnly: true,
    },
    { type: "response_sent", stage: "stage1", date: "S1 Response", after: "Received", complaintsOnly: true },
    { type: "escalation_requested", to: "stage2", date: "S2 Requested", after: "S1 Response", complaintsOnly: true },
    { type: "statement_agreed", date: "S2 Statement Agreed", after: "S2 Requested", complaintsOnly: true },
    {
      type: "extension_agreed",
      stage: "stage2",
      date: "S2 Extended",
      after: "S2 Statement Agreed",
      reason: "Stage 2 extended towards 65 working days (SI 2006/1738 regs 16-17)",
      complaintsOnly: true,
    },
    // The Stage 2 response is the adjudication, with the adjudicating officer's decision on each point.
    { type: "adjudication_sent", date: "S2 Adjudication", after: "S2 Statement Agreed", complaintsOnly: true },
    // The request for a review panel is the escalation to Stage 3 (its clock starts there, SI 2006/1738 reg 19).
    { type: "escalation_requested", to: "stage3", date: "S3 Requested", after: "S2 Adjudication", complaintsOnly: true },
    { type: "panel_held", date: "S3 Panel Held", after: "S3 Requested", complaintsOnly: true },
    { type: "panel_reported", date: "S3 Panel Report", after: "S3 Panel Held", complaintsOnly: true },
    { type: "council_responded", date: "S3 Council Response", after: "S3 Panel Report", complaintsOnly: true },
    { type: "lgsco_referred", date: "LGO Referred", after: "Received" },
    { type: "lgsco_decided", date: "LGO Decided", after: "LGO Referred" },
    { type: "not_considered", date: "Not Considered", after: "Received" },
    { type: "withdrawn", date: "Withdrawn", after: "Received" },
    { type: "closed", date: "Closed", after: "Received" },
  ],
});
