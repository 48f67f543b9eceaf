/**
 * The form each case action needs, as data: which fields, which GraphQL input type, and how the fields become
 * the mutation's input. The page shows only the actions the gateway lists in `allowedActions` (the rules
 * engine decides), so an officer is never offered a step the statutory procedure does not allow.
 */
export type FieldKind = "date" | "text" | "textarea" | "number" | "select" | "outcomes" | "lines" | "team" | "me" | "reason";

export interface ActionField {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  options?: Array<{ value: string; label: string }>;
  optional?: boolean;
}

export interface ActionForm {
  action: string;
  title: string;
  inputType: string;
  fields: ActionField[];
  /** Events with a statutory clock say which; shown beside the button. */
  note?: string;
  /** Not a lifecycle event: offered on every open case, whatever stage it is at. */
  always?: boolean;
}

const on: ActionField = { name: "on", label: "Date", kind: "date", hint: "The day it happened, for example 27 3 2026" };
const stage: ActionField = {
  name: "stage",
  label: "Stage",
  kind: "select",
  options: [
    { value: "stage1", label: "Stage 1 (local resolution)" },
    { value: "stage2", label: "Stage 2 (investigation)" },
    { value: "stage3", label: "Stage 3 (review panel)" },
  ],
};
const outcomes: ActionField = { name: "outcomes", label: "Outcome for each point of complaint", kind: "outcomes" };

export const OUTCOME_OPTIONS = [
  "upheld",
  "partially_upheld",
  "not_upheld",
  "no_finding",
  "withdrawn",
  "discontinued",
  "resolved_on_receipt",
].map((value) => ({ value, label: value.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()) }));

const THEME_OPTIONS = [
  "communication",
  "staff_attitude_conduct",
  "decision_making",
  "quality_of_service",
  "delay",
  "service_not_delivered",
  "policy_not_followed",
  "discrimination_unfair_treatment",
  "confidentiality_data_protection",
  "finance_payments",
  "accuracy_of_information",
  "contact_arrangements",
  "other",
].map((value) => ({ value, label: value.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()) }));

export const ACTION_FORMS: ActionForm[] = [
  {
    action: "allocateCase",
    title: "Allocate",
    inputType: "AllocateCaseInput",
    always: true,
    fields: [
      { name: "teamId", label: "Team", kind: "team", optional: true },
      { name: "officerId", label: "Officer", kind: "me", optional: true },
    ],
  },
  {
    action: "addPointOfComplaint",
    title: "Add a point of complaint",
    inputType: "AddPointOfComplaintInput",
    always: true,
    fields: [
      // The council's own reasons in force on the date received (its code sent as localReason), or the canonical themes.
      { name: "reasonTheme", label: "What it is about", kind: "reason", options: THEME_OPTIONS },
      { name: "summary", label: "The point in the complainant's words", kind: "textarea" },
    ],
  },
  { action: "acknowledgeCase", title: "Acknowledge", inputType: "DatedCaseChangeInput", fields: [on], note: "Local acknowledgement target" },
  {
    action: "decideProcedure",
    title: "Decide the procedure",
    inputType: "DecideProcedureInput",
    fields: [
      {
        name: "procedure",
        label: "Procedure",
        kind: "select",
        options: [
          { value: "childrens_statutory", label: "Children's statutory (SI 2006/1738)" },
          { value: "corporate", label: "Council corporate complaints" },
          { value: "adult_social_care", label: "Adult social care (SI 2009/309)" },
          { value: "public_health", label: "Public health" },
        ],
      },
      on,
    ],
  },
  {
    action: "markNotConsidered",
    title: "Do not consider further",
    inputType: "MarkNotConsideredInput",
    fields: [
      {
        name: "reason",
        label: "Reason",
        kind: "select",
        options: [
          { value: "court_proceedings", label: "It would prejudice court proceedings" },
          { value: "police_investigation", label: "It would prejudice a police investigation" },
          { value: "out_of_time", label: "Made more than a year after the grounds arose" },
          { value: "another_organisation", label: "It is for another organisation" },
          { value: "no_sufficient_interest", label: "The person has no sufficient interest" },
          { value: "insufficient_evidence", label: "Insufficient evidence" },
          { value: "withdrawn", label: "Withdrawn before consideration" },
          { value: "other", label: "Another reason" },
        ],
      },
      { name: "detail", label: "Details", kind: "textarea", optional: true },
      on,
    ],
    note: "SI 2006/1738 reg 8",
  },
  {
    action: "agreeExtension",
    title: "Agree an extension",
    inputType: "AgreeExtensionInput",
    fields: [
      stage,
      { name: "totalWorkingDays", label: "New timescale in working days", kind: "number", hint: "Stage 1: up to 20 (reg 14). Stage 2: up to 65 (reg 17)." },
      { name: "reason", label: "Why the extension was agreed", kind: "textarea" },
      on,
    ],
  },
  { action: "suspendCase", title: "Suspend (put on hold)", inputType: "SuspendCaseInput", fields: [{ name: "reason", label: "Reason", kind: "textarea" }, on], note: "Paused working days do not count" },
  { action: "resumeCase", title: "Resume", inputType: "DatedCaseChangeInput", fields: [on] },
  { action: "recordStageResponse", title: "Record the stage response", inputType: "RecordStageResponseInput", fields: [stage, outcomes, on] },
  {
    action: "requestEscalation",
    title: "Record an escalation request",
    inputType: "RequestEscalationInput",
    fields: [
      {
        name: "to",
        label: "Escalate to",
        kind: "select",
        options: [
          { value: "stage2", label: "Stage 2 (investigation)" },
          { value: "stage3", label: "Stage 3 (review panel)" },
        ],
      },
      on,
    ],
    note: "Within 20 working days (regs 14, 18); later requests are flagged",
  },
  { action: "agreeStatement", title: "Agree the statement of complaint", inputType: "DatedCaseChangeInput", fields: [on], note: "Starts the 25 working days (reg 17)" },
  {
    action: "appointInvestigator",
    title: "Appoint Investigating Officer or Independent Person",
    inputType: "AppointInvestigatorInput",
    fields: [
      {
        name: "role",
        label: "Role",
        kind: "select",
        options: [
          { value: "investigating_officer", label: "Investigating Officer" },
          { value: "independent_person", label: "Independent Person" },
        ],
      },
      { name: "name", label: "Name", kind: "text" },
      { name: "costPence", label: "Cost in pence (independent investigations)", kind: "number", optional: true },
      on,
    ],
  },
  { action: "recordAdjudication", title: "Record the adjudication", inputType: "StageDecisionInput", fields: [outcomes, on], note: "Adjudicating Officer's response (reg 17)" },
  { action: "requestReviewPanel", title: "Record a review panel request", inputType: "DatedCaseChangeInput", fields: [on], note: "Panel meets within 30 working days (reg 19)" },
  { action: "holdReviewPanel", title: "Record the panel meeting", inputType: "DatedCaseChangeInput", fields: [on], note: "Report within 5 working days (reg 20)" },
  {
    action: "reportReviewPanel",
    title: "Record the panel's report",
    inputType: "ReportReviewPanelInput",
    fields: [{ name: "recommendations", label: "Recommendations, one per line", kind: "lines", optional: true }, on],
    note: "Council responds within 15 working days (reg 20)",
  },
  { action: "recordCouncilResponse", title: "Record the council's response to the panel", inputType: "StageDecisionInput", fields: [outcomes, on] },
  { action: "referToLgsco", title: "Record a referral to the Ombudsman", inputType: "DatedCaseChangeInput", fields: [on] },
  {
    action: "recordLgscoDecision",
    title: "Record the Ombudsman's decision",
    inputType: "RecordLgscoDecisionInput",
    fields: [
      {
        name: "decision",
        label: "Decision",
        kind: "select",
        options: [
          { value: "upheld", label: "Upheld" },
          { value: "not_upheld", label: "Not upheld" },
          { value: "closed_after_initial_enquiries", label: "Closed after initial enquiries" },
          { value: "premature", label: "Referred back for local resolution (premature)" },
          { value: "advice_given", label: "Advice given" },
          { value: "incomplete_invalid", label: "Incomplete or invalid" },
          { value: "out_of_jurisdiction", label: "Out of jurisdiction" },
          { value: "not_investigated", label: "Not investigated" },
        ],
      },
      on,
    ],
  },
  { action: "withdrawCase", title: "Record that the complainant withdrew", inputType: "DatedCaseChangeInput", fields: [on] },
];

/** Builds the mutation input from the form's values. */
export function buildInput(
  form: ActionForm,
  values: Record<string, string>,
  outcomesByPoint: Record<string, string>,
  caseId: string,
  version: number,
): Record<string, unknown> {
  const input: Record<string, unknown> = { caseId, version };
  for (const field of form.fields) {
    const raw = values[field.name] ?? "";
    if (field.kind === "outcomes") {
      input.outcomes = Object.entries(outcomesByPoint)
        .filter(([, outcome]) => outcome)
        .map(([pointId, outcome]) => ({ pointId, outcome }));
    } else if (field.kind === "number") {
      if (raw !== "") input[field.name] = Number(raw);
    } else if (field.kind === "lines") {
      input[field.name] = raw
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    } else if (raw !== "" || !field.optional) {
      input[field.name] = raw;
    }
    if (field.kind === "reason" && values.localReason) input.localReason = values.localReason;
  }
  return input;
}

/** Client-side checks; the gateway checks again and names the field and rule. */
export function validateAction(form: ActionForm, values: Record<string, string>, outcomesByPoint: Record<string, string>, pointCount: number): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const raw = (values[field.name] ?? "").trim();
    if (field.kind === "outcomes") {
      const given = Object.values(outcomesByPoint).filter(Boolean).length;
      if (pointCount > 0 && given < pointCount) errors[field.name] = "Choose an outcome for every point of complaint";
      continue;
    }
    if (!raw && !field.optional) {
      errors[field.name] = field.kind === "select" || field.kind === "reason" ? `Select ${field.label.toLowerCase()}` : `Enter ${field.label.toLowerCase()}`;
    } else if (raw && field.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
      errors[field.name] = `${field.label} must be a real date`;
    } else if (raw && field.kind === "number" && !/^\d+$/.test(raw)) {
      errors[field.name] = `${field.label} must be a whole number`;
    }
  }
  return errors;
}
