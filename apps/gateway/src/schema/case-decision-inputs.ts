import { NOT_CONSIDERED_GROUNDS, NOT_CONSIDERED_REASONS, groundAvailable, groundRequires, notConsideredReasonSchema } from "@csc/rules";
import type { NotConsideredReason } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { CASE_CHANGE } from "./case-inputs";
import { LgscoDecisionEnum, LgscoRemedyEnum, NotConsideredReasonEnum, OutcomeEnum, ProcedureEnum, StageEnum } from "./enums";
import { caseVersionFields, idRule, listRule, textRule } from "./input-rules";
import { RecommendationDecisionInput } from "./recommendation-decision";

/** The GraphQL input types of the case mutations that decide something, each field with what makes its value good. */
const PointOutcomeInput = builder.inputType("PointOutcomeInput", {
  description: "A point's outcome at a stage: the canonical outcome, or the council's own outcome code (or both, when they agree)",
  fields: (t) => ({
    pointId: t.string({ description: "The point's pointRef", validate: idRule }),
    outcome: t.field({
      type: OutcomeEnum,
      required: false,
      description: "The canonical outcome; may be left out when localOutcome is given (it is then the value that code maps to)",
    }),
    localOutcome: t.string({
      required: false,
      description: "The council's own outcome code, classified by its outcome vocabulary in force on the date of the response",
      validate: textRule(120),
    }),
  }),
  validate: z.custom<{ outcome?: string | null; localOutcome?: string | null }>().refine((o) => o.outcome != null || o.localOutcome != null, {
    message: "choose an outcome (the canonical outcome or your council's localOutcome code)",
    path: ["outcome"],
  }),
});

export const StageDecisionInput = builder.inputType("StageDecisionInput", {
  description: "A stage's decision (adjudication or council response) with an outcome per point",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ description: "The day of the decision", type: "Date" }),
    outcomes: t.field({
      description: "The outcome of each point of complaint",
      type: [PointOutcomeInput],
      required: false,
      validate: listRule(50),
    }),
    recommendationDecisions: t.field({
      type: [RecommendationDecisionInput],
      required: false,
      description: "recordCouncilResponse only: the council's decision on each of the panel's recommendations (SI 2006/1738 reg 20)",
      validate: listRule(50),
    }),
    decidedWithIndependentPerson: t.string({
      required: false,
      description: "recordCouncilResponse only: the Independent Person with whom the council considered the panel's report (reg 20)",
      validate: textRule(200),
    }),
  }),
});

export const RecordStageResponseInput = builder.inputType("RecordStageResponseInput", {
  description: "The council's response at a stage, with an outcome per point",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ description: "The day the response was sent", type: "Date" }),
    stage: t.field({ description: "The stage answered", type: StageEnum }),
    outcomes: t.field({
      description: "The outcome of each point of complaint",
      type: [PointOutcomeInput],
      validate: z.array(z.unknown()).min(1, "a response needs an outcome for at least one point of complaint").max(50),
    }),
  }),
});

export const DecideProcedureInput = builder.inputType("DecideProcedureInput", {
  description: "The procedure chosen for a complaint",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ type: "Date", description: "The day the procedure was decided" }),
    procedure: t.field({ type: ProcedureEnum, description: "The procedure the complaint runs under" }),
  }),
});

type NotConsideredDecision = { reason: NotConsideredReason; points?: readonly string[] | null } & Record<
  ReturnType<typeof groundRequires>[number],
  unknown
>;

/** What each ground must record is the rules' (@csc/rules groundRequires); the gateway names the missing field. */
const notConsideredDecisionRule = z.custom<NotConsideredDecision>().superRefine((input, ctx) => {
  const ground = NOT_CONSIDERED_GROUNDS[input.reason];
  for (const field of groundRequires(input.reason)) {
    if (input[field] == null) ctx.addIssue({ code: "custom", path: [field], message: `is required for a decision under ${ground.source}` });
  }
  if (input.points && !ground.inPart) {
    const inPart = NOT_CONSIDERED_REASONS.filter((r) => NOT_CONSIDERED_GROUNDS[r].inPart).join(", ");
    ctx.addIssue({
      code: "custom",
      path: ["points"],
      message: `may be given only on a ground decided in whole or in part (${inPart}); ${ground.source} applies to the whole complaint`,
    });
  }
});

export const MarkNotConsideredInput = builder.inputType("MarkNotConsideredInput", {
  description: "The decision not to consider a complaint (or some of its points), with the ground",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ type: "Date", description: "The day the council decided not to consider it" }),
    reason: t.field({
      type: NotConsideredReasonEnum,
      description: "The ground, by its law or local policy (@csc/rules NOT_CONSIDERED_GROUNDS)",
      // Only grounds some law or local policy gives; historic ones stay importable.
      validate: notConsideredReasonSchema.refine(groundAvailable, {
        message: `is not a ground for declining a complaint (${NOT_CONSIDERED_GROUNDS.insufficient_evidence.source}); record the council's own ground as other, with its code in localGround`,
      }),
    }),
    detail: t.string({
      required: false,
      description: "Why, in words (personal data, kept apart); required for SI 2006/1738 reg 9 as the reason for the council's discretion",
      validate: textRule(2000),
    }),
    points: t.stringList({
      required: false,
      description:
        "SI 2006/1738 reg 8 in part: the points of complaint (their pointRef) not considered; the other points continue on their clocks. Absent: the whole complaint",
      validate: z.array(idRule).min(1, "name at least one point of complaint, or leave points out for the whole complaint").max(50),
    }),
    discretionExercised: t.boolean({
      required: false,
      description:
        "SI 2006/1738 reg 9 (required): whether the council exercised its discretion to consider the late complaint anyway; true keeps the case running",
    }),
    childViews: t.string({
      required: false,
      description: "Children Act 1989 s.26(3)(e) (required): the child's views, weighed in the decision (personal data, kept apart)",
      validate: textRule(2000),
    }),
    decidedBy: t.string({
      required: false,
      description: "Children Act 1989 s.26(3)(e) (required): who decided, for the council",
      validate: textRule(200),
    }),
    localGround: t.string({
      required: false,
      description:
        "The council's own ground (required with reason other): its code in the council's \"Reasons not considered\" vocabulary in force on the received date",
      validate: textRule(120),
    }),
  }),
  validate: notConsideredDecisionRule,
});

export const RecordLgscoDecisionInput = builder.inputType("RecordLgscoDecisionInput", {
  description: "The Ombudsman's decision on a referral",
  fields: (t) => ({
    ...caseVersionFields(t, CASE_CHANGE),
    on: t.field({ description: "The day of the decision", type: "Date" }),
    decision: t.field({ description: "What the Ombudsman decided", type: LgscoDecisionEnum }),
    remedies: t.field({
      description: "The remedies the Ombudsman asked for",
      type: [LgscoRemedyEnum],
      required: false,
      validate: listRule(10),
    }),
  }),
});
