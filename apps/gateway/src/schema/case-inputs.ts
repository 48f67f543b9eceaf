import { builder } from "../builder";
import { RecommendationDecisionInput } from "./recommendation-decision";
import {
  ChannelEnum,
  ComplainantRelationshipEnum,
  EscalationTargetEnum,
  FeedbackKindEnum,
  InvestigatorRoleEnum,
  LgscoDecisionEnum,
  LgscoRemedyEnum,
  NotConsideredReasonEnum,
  OutcomeEnum,
  ProcedureEnum,
  ReasonThemeEnum,
  StageEnum,
} from "./enums";

const CASE_ID = "The case (its id)";
const VERSION = "The version of the case the officer saw (optimistic locking: a stale version is refused)";

/**
 * The GraphQL input types of the case mutations. What makes each value good is said once, in
 * ../validation/case-inputs.ts (zod), which every mutation runs.
 */
const PointOfComplaintInput = builder.inputType("PointOfComplaintInput", {
  description: "One point of complaint, as recorded with new feedback",
  fields: (t) => ({
    summary: t.string({ description: "What the complainant said (personal data)" }),
    reasonTheme: t.field({ description: "What the point is about (the canonical theme)", type: ReasonThemeEnum }),
    localReason: t.string({
      required: false,
      description: "The council's own reason code (in recordFeedback: classified by the reason taxonomy in force on receivedOn)",
    }),
  }),
});

const ComplainantInput = builder.inputType("ComplainantInput", {
  description: "Personal data: kept apart from the facts reports use",
  fields: (t) => ({
    name: t.string({ description: "The complainant's name", required: false }),
    email: t.string({ description: "The complainant's email address", required: false }),
    phone: t.string({ description: "The complainant's telephone number", required: false }),
    address: t.string({ description: "The complainant's postal address", required: false }),
  }),
});

const ChildInput = builder.inputType("ChildInput", {
  description: "The child or young person the feedback is about. Personal data: kept apart from the facts reports use",
  fields: (t) => ({
    name: t.string({ required: false, description: "The child's name, as the council records it" }),
    dateOfBirth: t.field({ type: "Date", required: false, description: "The child's date of birth" }),
  }),
});

export const RecordFeedbackInput = builder.inputType("RecordFeedbackInput", {
  description: "A new piece of feedback as the council received it; the case's clocks start from receivedOn",
  fields: (t) => ({
    kind: t.field({ description: "What kind of feedback it is", type: FeedbackKindEnum }),
    procedure: t.field({
      description: "The procedure a complaint runs under, when already known (decideProcedure can set it later)",
      type: ProcedureEnum,
      required: false,
    }),
    receivedOn: t.field({ description: "The day the council received the feedback (day 0 of its clocks)", type: "Date" }),
    groundsAroseOn: t.field({
      description: "The day the matters complained about arose (a complaint more than a year later may be late: SI 2006/1738 reg 9)",
      type: "Date",
      required: false,
    }),
    channel: t.field({ description: "How the feedback reached the council (or give localChannel)", type: ChannelEnum, required: false }),
    localChannel: t.string({
      required: false,
      description: "The council's own channel code; its canonical channel is taken from the vocabulary in force on receivedOn",
    }),
    complainantRelationship: t.field({
      description: "The complainant's relationship to the child (or give localComplainantType)",
      type: ComplainantRelationshipEnum,
      required: false,
    }),
    localComplainantType: t.string({
      required: false,
      description: "The council's own complainant type code; its canonical relationship is taken from the vocabulary in force on receivedOn",
    }),
    madeByChild: t.boolean({ description: "Whether the child or young person made the complaint themselves" }),
    advocacyOffered: t.boolean({ description: "Whether advocacy was offered (Children Act 1989 s.26A)", required: false }),
    advocacyTaken: t.boolean({ description: "Whether the child took up advocacy", required: false }),
    advocacyProvider: t.string({ description: "Who provided the advocacy", required: false }),
    teamId: t.id({ description: "The team of your council the feedback is about (see Query.teams)", required: false }),
    madeForChild: t.boolean({ description: "Whether someone made the complaint on the child's behalf", required: false }),
    gender: t.string({ required: false, description: 'Council code, or "not_given"' }),
    ethnicity: t.string({ required: false, description: 'Council code, or "not_given"' }),
    disability: t.string({ required: false, description: 'Council code, or "not_given"' }),
    ageBand: t.string({ required: false, description: 'Council code, or "not_given"' }),
    summary: t.string({ description: "What the feedback says (personal data)" }),
    complainant: t.field({ description: "Who complained (personal data)", type: ComplainantInput, required: false }),
    child: t.field({ type: ChildInput, required: false, description: "The child the feedback is about (personal data)" }),
    points: t.field({ description: "The points of complaint, each with its theme", type: [PointOfComplaintInput], required: false }),
  }),
});

export const DatedCaseChangeInput = builder.inputType("DatedCaseChangeInput", {
  description: "A change to a case that needs only the case, its version and the day it happened",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ type: "Date", description: "The day it happened (the date the mutation records)" }),
  }),
});

const PointOutcomeInput = builder.inputType("PointOutcomeInput", {
  description: "A point's outcome at a stage: the canonical outcome, or the council's own outcome code (or both, when they agree)",
  fields: (t) => ({
    pointId: t.string({ description: "The point's pointRef" }),
    outcome: t.field({
      type: OutcomeEnum,
      required: false,
      description: "The canonical outcome; may be left out when localOutcome is given (it is then the value that code maps to)",
    }),
    localOutcome: t.string({
      required: false,
      description: "The council's own outcome code, classified by its outcome vocabulary in force on the date of the response",
    }),
  }),
});

export const StageDecisionInput = builder.inputType("StageDecisionInput", {
  description: "A stage's decision (adjudication or council response) with an outcome per point",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ description: "The day of the decision", type: "Date" }),
    outcomes: t.field({ description: "The outcome of each point of complaint", type: [PointOutcomeInput], required: false }),
    recommendationDecisions: t.field({
      type: [RecommendationDecisionInput],
      required: false,
      description: "recordCouncilResponse only: the council's decision on each of the panel's recommendations (SI 2006/1738 reg 20)",
    }),
    decidedWithIndependentPerson: t.string({
      required: false,
      description: "recordCouncilResponse only: the Independent Person with whom the council considered the panel's report (reg 20)",
    }),
  }),
});

export const DecideProcedureInput = builder.inputType("DecideProcedureInput", {
  description: "The procedure chosen for a complaint",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ type: "Date", description: "The day the procedure was decided" }),
    procedure: t.field({ type: ProcedureEnum, description: "The procedure the complaint runs under" }),
  }),
});

export const MarkNotConsideredInput = builder.inputType("MarkNotConsideredInput", {
  description: "The decision not to consider a complaint (or some of its points), with the ground",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ type: "Date", description: "The day the council decided not to consider it" }),
    reason: t.field({ type: NotConsideredReasonEnum, description: "The ground, by its law or local policy (@csc/rules NOT_CONSIDERED_GROUNDS)" }),
    detail: t.string({
      required: false,
      description: "Why, in words (personal data, kept apart); required for SI 2006/1738 reg 9 as the reason for the council's discretion",
    }),
    points: t.stringList({
      required: false,
      description:
        "SI 2006/1738 reg 8 in part: the points of complaint (their pointRef) not considered; the other points continue on their clocks. Absent: the whole complaint",
    }),
    discretionExercised: t.boolean({
      required: false,
      description:
        "SI 2006/1738 reg 9 (required): whether the council exercised its discretion to consider the late complaint anyway; true keeps the case running",
    }),
    childViews: t.string({
      required: false,
      description: "Children Act 1989 s.26(3)(e) (required): the child's views, weighed in the decision (personal data, kept apart)",
    }),
    decidedBy: t.string({ required: false, description: "Children Act 1989 s.26(3)(e) (required): who decided, for the council" }),
    localGround: t.string({
      required: false,
      description:
        "The council's own ground (required with reason other): its code in the council's \"Reasons not considered\" vocabulary in force on the received date",
    }),
  }),
});

export const AllocateCaseInput = builder.inputType("AllocateCaseInput", {
  description: "Who handles the case: a team and/or an officer",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    teamId: t.id({ required: false, description: "The team of your council the case is allocated to (see Query.teams)" }),
    officerId: t.id({ required: false, description: "The officer of your council the case is allocated to (see Query.officers)" }),
  }),
});

export const AddPointOfComplaintInput = builder.inputType("AddPointOfComplaintInput", {
  description: "A point of complaint added to an existing case",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    summary: t.string({ description: "What the complainant said on this point (personal data)" }),
    reasonTheme: t.field({ description: "What the point is about (the canonical theme)", type: ReasonThemeEnum }),
    localReason: t.string({
      required: false,
      description: "The council's own reason (or category) code, classified by the reason taxonomy in force on the case's received date",
    }),
  }),
});

export const AgreeExtensionInput = builder.inputType("AgreeExtensionInput", {
  description: "An extension agreed for a stage, on or before the deadline it extends",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ description: "The day the extension was agreed", type: "Date" }),
    stage: t.field({ description: "The stage extended", type: StageEnum }),
    totalWorkingDays: t.int({ description: "The stage's whole timescale in working days once extended (not the days added)" }),
    reason: t.string({ description: "Why the extension was needed" }),
  }),
});

export const SuspendCaseInput = builder.inputType("SuspendCaseInput", {
  description: "A suspension of consideration; paused working days do not count towards the clocks",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ type: "Date", description: "The day consideration was suspended" }),
    reason: t.string({ description: "Why consideration is suspended (for example, a police investigation or court proceedings)" }),
  }),
});

export const RecordStageResponseInput = builder.inputType("RecordStageResponseInput", {
  description: "The council's response at a stage, with an outcome per point",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ description: "The day the response was sent", type: "Date" }),
    stage: t.field({ description: "The stage answered", type: StageEnum }),
    outcomes: t.field({ description: "The outcome of each point of complaint", type: [PointOutcomeInput] }),
  }),
});

export const RequestEscalationInput = builder.inputType("RequestEscalationInput", {
  description: "The complainant's request to escalate to Stage 2 or Stage 3",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ type: "Date", description: "The day the complainant asked to escalate" }),
    to: t.field({ type: EscalationTargetEnum, description: "The stage the complainant asks for" }),
  }),
});

export const AppointInvestigatorInput = builder.inputType("AppointInvestigatorInput", {
  description: "An Investigating Officer or Independent Person appointed to a Stage 2 investigation (SI 2006/1738 regs 2, 17)",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ description: "The day of the appointment", type: "Date" }),
    role: t.field({ description: "Which role is appointed", type: InvestigatorRoleEnum }),
    name: t.string({ description: "The appointee's name" }),
    costPence: t.int({ description: "What the appointment costs, in pence", required: false }),
  }),
});

export const ReportReviewPanelInput = builder.inputType("ReportReviewPanelInput", {
  description: "The review panel's report",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ description: "The day the panel reported", type: "Date" }),
    recommendations: t.stringList({ description: "The panel's recommendations, one per item, in order", required: false }),
  }),
});

export const RecordLgscoDecisionInput = builder.inputType("RecordLgscoDecisionInput", {
  description: "The Ombudsman's decision on a referral",
  fields: (t) => ({
    caseId: t.id({ description: CASE_ID }),
    version: t.int({ description: VERSION }),
    on: t.field({ description: "The day of the decision", type: "Date" }),
    decision: t.field({ description: "What the Ombudsman decided", type: LgscoDecisionEnum }),
    remedies: t.field({ description: "The remedies the Ombudsman asked for", type: [LgscoRemedyEnum], required: false }),
  }),
});

export const LogLearningActionInput = builder.inputType("LogLearningActionInput", {
  description: "A learning action agreed from a case",
  fields: (t) => ({
    caseId: t.id({ description: "The case the learning comes from" }),
    description: t.string({ description: "What will be done" }),
    dueOn: t.field({ description: "When the action is due", type: "Date", required: false }),
    ownerId: t.id({ required: false, description: "The officer of your council who owns the action" }),
  }),
});

export const CompleteLearningActionInput = builder.inputType("CompleteLearningActionInput", {
  description: "A learning action completed",
  fields: (t) => ({
    learningActionId: t.id({ description: "The learning action (its id)" }),
    on: t.field({ type: "Date", description: "The day the action was completed" }),
  }),
});
