import { z } from "zod";
import { builder } from "../builder";
import { EscalationTargetEnum, InvestigatorRoleEnum, ReasonThemeEnum, StageEnum } from "./enums";
import { caseVersionFields, idRule, textRule } from "./input-rules";

/**
 * The GraphQL input types of the case mutations that change a case's course, each field with what makes its value
 * good (the decisions with outcomes are in ./case-decision-inputs.ts, new feedback in ./feedback-inputs.ts).
 */
export const CASE_CHANGE = {
  caseId: "The case (its id)",
  version: "The version of the case the officer saw (optimistic locking: a stale version is refused)",
};

export const DatedCaseChangeInput = builder.inputType("DatedCaseChangeInput", {
  description: "A change to a case that needs only the case, its version and the day it happened",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ type: "Date", description: "The day it happened (the date the mutation records)" }),
  }),
});

export const AllocateCaseInput = builder.inputType("AllocateCaseInput", {
  description: "Who handles the case: a team and/or an officer",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    teamId: t.id({ required: false, description: "The team of your council the case is allocated to (see Query.teams)", validate: idRule }),
    officerId: t.id({ required: false, description: "The officer of your council the case is allocated to (see Query.officers)", validate: idRule }),
  }),
  validate: z
    .custom<{ teamId?: string | null; officerId?: string | null }>()
    .refine((v) => v.teamId != null || v.officerId != null, { message: "give a team, an officer or both", path: ["teamId"] }),
});

export const AddPointOfComplaintInput = builder.inputType("AddPointOfComplaintInput", {
  description: "A point of complaint added to an existing case",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    summary: t.string({ description: "What the complainant said on this point (personal data)", validate: textRule(2000) }),
    reasonTheme: t.field({ description: "What the point is about (the canonical theme)", type: ReasonThemeEnum }),
    localReason: t.string({
      required: false,
      description: "The council's own reason (or category) code, classified by the reason taxonomy in force on the case's received date",
      validate: textRule(120),
    }),
  }),
});

export const AgreeExtensionInput = builder.inputType("AgreeExtensionInput", {
  description: "An extension agreed for a stage, on or before the deadline it extends",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ description: "The day the extension was agreed", type: "Date" }),
    stage: t.field({ description: "The stage extended", type: StageEnum }),
    totalWorkingDays: t.int({
      description: "The stage's whole timescale in working days once extended (not the days added)",
      validate: z.number().int().positive("must be a positive number of working days").max(65),
    }),
    reason: t.string({ description: "Why the extension was needed", validate: textRule(2000) }),
  }),
});

export const SuspendCaseInput = builder.inputType("SuspendCaseInput", {
  description: "A suspension of consideration; paused working days do not count towards the clocks",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ type: "Date", description: "The day consideration was suspended" }),
    reason: t.string({
      description: "Why consideration is suspended (for example, a police investigation or court proceedings)",
      validate: textRule(2000),
    }),
  }),
});

export const RequestEscalationInput = builder.inputType("RequestEscalationInput", {
  description: "The complainant's request to escalate to Stage 2 or Stage 3",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ type: "Date", description: "The day the complainant asked to escalate" }),
    to: t.field({ type: EscalationTargetEnum, description: "The stage the complainant asks for" }),
  }),
});

export const AppointInvestigatorInput = builder.inputType("AppointInvestigatorInput", {
  description: "An Investigating Officer or Independent Person appointed to a Stage 2 investigation (SI 2006/1738 regs 2, 17)",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ description: "The day of the appointment", type: "Date" }),
    role: t.field({ description: "Which role is appointed", type: InvestigatorRoleEnum }),
    name: t.string({ description: "The appointee's name", validate: textRule(200) }),
    costPence: t.int({ description: "What the appointment costs, in pence", required: false, validate: z.number().int().nonnegative() }),
  }),
});

export const ReportReviewPanelInput = builder.inputType("ReportReviewPanelInput", {
  description: "The review panel's report",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ description: "The day the panel reported", type: "Date" }),
    recommendations: t.stringList({
      description: "The panel's recommendations, one per item, in order",
      required: false,
      validate: z.array(textRule(2000)).max(50),
    }),
  }),
});

export const LogLearningActionInput = builder.inputType("LogLearningActionInput", {
  description: "A learning action agreed from a case",
  fields: (t) => ({
    caseId: t.id({ description: "The case the learning comes from", validate: idRule }),
    description: t.string({ description: "What will be done", validate: textRule(2000) }),
    dueOn: t.field({ description: "When the action is due", type: "Date", required: false }),
    ownerId: t.id({ required: false, description: "The officer of your council who owns the action", validate: idRule }),
  }),
});

export const CompleteLearningActionInput = builder.inputType("CompleteLearningActionInput", {
  description: "A learning action completed",
  fields: (t) => ({
    learningActionId: t.id({ description: "The learning action (its id)", validate: idRule }),
    on: t.field({ type: "Date", description: "The day the action was completed" }),
  }),
});
