import { humanise } from "../../format";
import { AppointmentRole, LgscoDecision, Outcome, Procedure, RecommendationDecision } from "../../graphql/generated/graphql";
import { THEMES } from "../record/feedback-fields";

/**
 * The form each case action needs, as data: which fields, which GraphQL input type, and how the fields become
 * the mutation's input (./action-input.ts). The page shows only the actions the gateway lists in
 * `allowedActionDetails` (the rules engine decides), each with the stage it is for (./action-offers.ts), so an
 * officer is never offered a step the statutory procedure does not allow.
 */
type FieldKind = "date" | "text" | "textarea" | "number" | "select" | "outcomes" | "lines" | "team" | "me" | "recommendations" | "reason";

export interface ActionField {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  options?: Array<{ value: string; label: string }>;
  optional?: boolean;
  /** The error when it is left empty, where "Enter <label>" reads badly. */
  missing?: string;
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
  /** How the stage the action is offered for is sent: in the input as `stage` or `to`, or as the mutation's `stage` argument. */
  stageAs?: "stage" | "to" | "argument";
  /** The button's words for the stage it is offered for (defaults to `title`). */
  titleFor?: (stage: string) => string;
}

const on: ActionField = { name: "on", label: "Date", kind: "date", hint: "The day it happened, for example 27 3 2026" };
const stageName = (stage: string) => `Stage ${stage.replace(/\D/g, "")}`;
const outcomes: ActionField = { name: "outcomes", label: "Outcome for each point of complaint", kind: "outcomes" };

/** The canonical outcomes an officer records for a point (the enum's values, worded: PARTIALLY_UPHELD reads "Partially upheld"). */
export const OUTCOME_OPTIONS = [
  Outcome.Upheld,
  Outcome.PartiallyUpheld,
  Outcome.NotUpheld,
  Outcome.NoFinding,
  Outcome.Withdrawn,
  Outcome.Discontinued,
  Outcome.ResolvedOnReceipt,
].map((value) => ({ value, label: humanise(value) }));

const THEME_OPTIONS = THEMES.map((value) => ({ value, label: humanise(value) }));

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
  {
    action: "acknowledgeCase",
    title: "Acknowledge",
    inputType: "DatedCaseChangeInput",
    fields: [on],
    note: "Local acknowledgement target",
    stageAs: "argument",
    titleFor: (stage) => `Acknowledge the ${stageName(stage)} request`,
  },
  {
    action: "startStage",
    title: "Start the stage",
    inputType: "StartStageInput",
    stageAs: "stage",
    titleFor: (stage) => `Start ${stageName(stage)}`,
    fields: [on],
  },
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
          { value: Procedure.ChildrensStatutory, label: "Children's statutory (SI 2006/1738)" },
          { value: Procedure.Corporate, label: "Council corporate complaints" },
          { value: Procedure.AdultSocialCare, label: "Adult social care (SI 2009/309)" },
          { value: Procedure.PublicHealth, label: "Public health" },
        ],
      },
      on,
    ],
  },
  {
    // Its own form (./NotConsideredForm.tsx): the grounds, each with its law and what it requires, come from the gateway.
    action: "markNotConsidered",
    title: "Do not consider further",
    inputType: "MarkNotConsideredInput",
    fields: [],
    note: "Only on a ground the law or the council's own policy gives; each ground shows its source.",
  },
  {
    action: "agreeExtension",
    title: "Agree an extension",
    inputType: "AgreeExtensionInput",
    stageAs: "stage",
    titleFor: (stage) => `Agree a ${stageName(stage)} extension`,
    fields: [
      {
        name: "totalWorkingDays",
        label: "New timescale in working days",
        kind: "number",
        hint: "In all, counted from the start of the stage, up to the most the regulations allow (the stage's clock on this page says how many)",
      },
      { name: "reason", label: "Why the extension was agreed", kind: "textarea" },
      on,
    ],
  },
  {
    action: "suspendCase",
    title: "Suspend (put on hold)",
    inputType: "SuspendCaseInput",
    fields: [{ name: "reason", label: "Reason", kind: "textarea" }, on],
    note: "Paused working days do not count",
  },
  { action: "resumeCase", title: "Resume", inputType: "DatedCaseChangeInput", fields: [on] },
  {
    action: "recordStageResponse",
    title: "Record the stage response",
    inputType: "RecordStageResponseInput",
    stageAs: "stage",
    titleFor: (stage) => `Record the ${stageName(stage)} response`,
    fields: [outcomes, on],
  },
  {
    action: "requestEscalation",
    title: "Record an escalation request",
    inputType: "RequestEscalationInput",
    stageAs: "to",
    titleFor: (stage) => `Record a request for ${stageName(stage)}`,
    fields: [on],
    note: "Within the complainant's window (SI 2006/1738 regs 14, 18); a later request is allowed and flagged",
  },
  {
    action: "agreeStatement",
    title: "Agree the statement of complaint",
    inputType: "DatedCaseChangeInput",
    fields: [on],
    note: "Starts the Stage 2 adjudication clock (SI 2006/1738 reg 17)",
  },
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
          { value: AppointmentRole.InvestigatingOfficer, label: "Investigating Officer" },
          { value: AppointmentRole.IndependentPerson, label: "Independent Person" },
        ],
      },
      { name: "name", label: "Name", kind: "text" },
      { name: "costPence", label: "Cost in pence (independent investigations)", kind: "number", optional: true },
      on,
    ],
  },
  {
    action: "recordAdjudication",
    title: "Record the adjudication",
    inputType: "StageDecisionInput",
    fields: [outcomes, on],
    note: "Adjudicating Officer's response (reg 17)",
  },
  {
    action: "requestReviewPanel",
    title: "Record a review panel request",
    inputType: "DatedCaseChangeInput",
    fields: [on],
    note: "Starts the clock for the panel to meet (SI 2006/1738 reg 19)",
  },
  {
    action: "holdReviewPanel",
    title: "Record the panel meeting",
    inputType: "DatedCaseChangeInput",
    fields: [on],
    note: "Starts the clock for the panel's report (SI 2006/1738 reg 20)",
  },
  {
    action: "reportReviewPanel",
    title: "Record the panel's report",
    inputType: "ReportReviewPanelInput",
    fields: [{ name: "recommendations", label: "Recommendations, one per line", kind: "lines", optional: true }, on],
    note: "Starts the clock for the council's response (SI 2006/1738 reg 20)",
  },
  {
    action: "recordCouncilResponse",
    title: "Record the council's response to the panel",
    inputType: "StageDecisionInput",
    fields: [
      {
        name: "decidedWithIndependentPerson",
        label: "Independent Person the council decided with",
        kind: "text",
        optional: true,
        missing: "Enter the name of the Independent Person the council decided with (reg 20)",
      },
      { name: "recommendationDecisions", label: "The council's decision on each recommendation", kind: "recommendations" },
      outcomes,
      on,
    ],
    note: "With the Independent Person, a decision on each of the panel's recommendations (reg 20)",
  },
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
          { value: LgscoDecision.Upheld, label: "Upheld" },
          { value: LgscoDecision.NotUpheld, label: "Not upheld" },
          { value: LgscoDecision.ClosedAfterInitialEnquiries, label: "Closed after initial enquiries" },
          { value: LgscoDecision.Premature, label: "Referred back for local resolution (premature)" },
          { value: LgscoDecision.AdviceGiven, label: "Advice given" },
          { value: LgscoDecision.IncompleteInvalid, label: "Incomplete or invalid" },
          { value: LgscoDecision.OutOfJurisdiction, label: "Out of jurisdiction" },
          { value: LgscoDecision.NotInvestigated, label: "Not investigated" },
        ],
      },
      on,
    ],
  },
  { action: "withdrawCase", title: "Record that the complainant withdrew", inputType: "DatedCaseChangeInput", fields: [on] },
  {
    action: "closeCase",
    title: "Close the case",
    inputType: "CloseCaseInput",
    fields: [
      { name: "closedOn", label: "Date closed", kind: "date", hint: "The day the case was closed, for example 27 3 2026" },
      { name: "reason", label: "Why the case is closed", kind: "textarea" },
    ],
    note: "Its clocks stop; it can be reopened",
  },
  {
    action: "reopenCase",
    title: "Reopen the case",
    inputType: "ReopenCaseInput",
    fields: [
      { name: "reopenedOn", label: "Date reopened", kind: "date", hint: "The day the case was reopened, for example 27 3 2026" },
      { name: "reason", label: "Why the case is reopened", kind: "textarea" },
    ],
    note: "Its clocks run on from where closure stopped them",
  },
];

/** Decisions the council may make on a review panel recommendation (SI 2006/1738 reg 20). */
export const RECOMMENDATION_DECISIONS = [
  { value: RecommendationDecision.Accepted, label: "Accepted" },
  { value: RecommendationDecision.Partly, label: "Partly accepted" },
  { value: RecommendationDecision.Declined, label: "Declined" },
];
