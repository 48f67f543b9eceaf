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

/**
 * The GraphQL input types of the case mutations. What makes each value good is said once, in
 * ../validation/case-inputs.ts (zod), which every mutation runs.
 */
export const PointOfComplaintInput = builder.inputType("PointOfComplaintInput", {
  fields: (t) => ({
    summary: t.string({ description: "What the complainant said (personal data)" }),
    reasonTheme: t.field({ type: ReasonThemeEnum }),
    localReason: t.string({
      required: false,
      description: "The council's own reason code (in recordFeedback: classified by the reason taxonomy in force on receivedOn)",
    }),
  }),
});

export const ComplainantInput = builder.inputType("ComplainantInput", {
  description: "Personal data: kept apart from the facts reports use",
  fields: (t) => ({
    name: t.string({ required: false }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
});

export const ChildInput = builder.inputType("ChildInput", {
  description: "The child or young person the feedback is about. Personal data: kept apart from the facts reports use",
  fields: (t) => ({
    name: t.string({ required: false, description: "The child's name, as the council records it" }),
    dateOfBirth: t.field({ type: "Date", required: false, description: "The child's date of birth" }),
  }),
});

export const RecordFeedbackInput = builder.inputType("RecordFeedbackInput", {
  fields: (t) => ({
    kind: t.field({ type: FeedbackKindEnum }),
    procedure: t.field({ type: ProcedureEnum, required: false }),
    receivedOn: t.field({ type: "Date" }),
    groundsAroseOn: t.field({ type: "Date", required: false }),
    channel: t.field({ type: ChannelEnum, required: false }),
    localChannel: t.string({
      required: false,
      description: "The council's own channel code; its canonical channel is taken from the vocabulary in force on receivedOn",
    }),
    complainantRelationship: t.field({ type: ComplainantRelationshipEnum, required: false }),
    localComplainantType: t.string({
      required: false,
      description: "The council's own complainant type code; its canonical relationship is taken from the vocabulary in force on receivedOn",
    }),
    madeByChild: t.boolean(),
    advocacyOffered: t.boolean({ required: false }),
    advocacyTaken: t.boolean({ required: false }),
    advocacyProvider: t.string({ required: false }),
    teamId: t.id({ required: false }),
    madeForChild: t.boolean({ required: false }),
    gender: t.string({ required: false, description: 'Council code, or "not_given"' }),
    ethnicity: t.string({ required: false, description: 'Council code, or "not_given"' }),
    disability: t.string({ required: false, description: 'Council code, or "not_given"' }),
    ageBand: t.string({ required: false, description: 'Council code, or "not_given"' }),
    summary: t.string({ description: "What the feedback says (personal data)" }),
    complainant: t.field({ type: ComplainantInput, required: false }),
    child: t.field({ type: ChildInput, required: false, description: "The child the feedback is about (personal data)" }),
    points: t.field({ type: [PointOfComplaintInput], required: false }),
  }),
});

export const DatedCaseChangeInput = builder.inputType("DatedCaseChangeInput", {
  fields: (t) => ({ caseId: t.id(), version: t.int(), on: t.field({ type: "Date" }) }),
});

export const PointOutcomeInput = builder.inputType("PointOutcomeInput", {
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
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
    outcomes: t.field({ type: [PointOutcomeInput], required: false }),
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
  fields: (t) => ({ caseId: t.id(), version: t.int(), on: t.field({ type: "Date" }), procedure: t.field({ type: ProcedureEnum }) }),
});

export const MarkNotConsideredInput = builder.inputType("MarkNotConsideredInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
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
  fields: (t) => ({ caseId: t.id(), version: t.int(), teamId: t.id({ required: false }), officerId: t.id({ required: false }) }),
});

export const AddPointOfComplaintInput = builder.inputType("AddPointOfComplaintInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    summary: t.string(),
    reasonTheme: t.field({ type: ReasonThemeEnum }),
    localReason: t.string({
      required: false,
      description: "The council's own reason (or category) code, classified by the reason taxonomy in force on the case's received date",
    }),
  }),
});

export const AgreeExtensionInput = builder.inputType("AgreeExtensionInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
    stage: t.field({ type: StageEnum }),
    totalWorkingDays: t.int(),
    reason: t.string(),
  }),
});

export const SuspendCaseInput = builder.inputType("SuspendCaseInput", {
  fields: (t) => ({ caseId: t.id(), version: t.int(), on: t.field({ type: "Date" }), reason: t.string() }),
});

export const RecordStageResponseInput = builder.inputType("RecordStageResponseInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
    stage: t.field({ type: StageEnum }),
    outcomes: t.field({ type: [PointOutcomeInput] }),
  }),
});

export const RequestEscalationInput = builder.inputType("RequestEscalationInput", {
  fields: (t) => ({ caseId: t.id(), version: t.int(), on: t.field({ type: "Date" }), to: t.field({ type: EscalationTargetEnum }) }),
});

export const AppointInvestigatorInput = builder.inputType("AppointInvestigatorInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
    role: t.field({ type: InvestigatorRoleEnum }),
    name: t.string(),
    costPence: t.int({ required: false }),
  }),
});

export const ReportReviewPanelInput = builder.inputType("ReportReviewPanelInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
    recommendations: t.stringList({ required: false }),
  }),
});

export const RecordLgscoDecisionInput = builder.inputType("RecordLgscoDecisionInput", {
  fields: (t) => ({
    caseId: t.id(),
    version: t.int(),
    on: t.field({ type: "Date" }),
    decision: t.field({ type: LgscoDecisionEnum }),
    remedies: t.field({ type: [LgscoRemedyEnum], required: false }),
  }),
});

export const LogLearningActionInput = builder.inputType("LogLearningActionInput", {
  fields: (t) => ({
    caseId: t.id(),
    description: t.string(),
    dueOn: t.field({ type: "Date", required: false }),
    ownerId: t.id({ required: false, description: "The officer of your council who owns the action" }),
  }),
});

export const CompleteLearningActionInput = builder.inputType("CompleteLearningActionInput", {
  fields: (t) => ({ learningActionId: t.id(), on: t.field({ type: "Date" }) }),
});
