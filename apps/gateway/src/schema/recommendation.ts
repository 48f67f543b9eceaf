import { z } from "zod";
import { builder } from "../builder";
import { recordRecommendation } from "../services/record-recommendation";
import { updateRecommendation } from "../services/update-recommendation";
import { listFollowUp } from "../services/list-follow-up";
import { RecommendationSourceEnum, RecommendationStatusEnum } from "./follow-up-enums";
import { FollowUpItemRef } from "./follow-up-item";
import { idRule, textBetweenRule } from "./input-rules";

/**
 * Recommendations made on a case by the Stage 2 investigation, the review panel or the Ombudsman, tracked to
 * completion with an owner, a due date, a status and evidence. Officers and managers record and move them on.
 */
export const RecordRecommendationInput = builder.inputType("RecordRecommendationInput", {
  description: "A recommendation made on a case, recorded open",
  fields: (t) => ({
    caseId: t.id({ required: true, description: "The case it was made on", validate: idRule }),
    source: t.field({ type: RecommendationSourceEnum, required: true, description: "Who made it" }),
    summary: t.string({
      required: true,
      description: "What was recommended (3 to 2,000 characters), written for publication: no names",
      validate: textBetweenRule(3, 2000),
    }),
    ownerId: t.id({ required: false, description: "The officer of your council who owns it", validate: idRule }),
    madeOn: t.field({ type: "Date", required: true, description: "The day it was made (not before the case was received, not in the future)" }),
    dueOn: t.field({ type: "Date", required: false, description: "The day it should be done by (not before it was made)" }),
  }),
});

export const UpdateRecommendationInput = builder.inputType("UpdateRecommendationInput", {
  description: "A recommendation's new status, owner and due date; when done, the day and the evidence",
  fields: (t) => ({
    recommendationId: t.id({ required: true, description: "The recommendation", validate: idRule }),
    version: t.int({
      required: true,
      description: "The version you read; someone else's change since answers CONFLICT",
      validate: z.number().int().min(1, "must be 1 or more"),
    }),
    status: t.field({ type: RecommendationStatusEnum, required: true, description: "Where it stands now" }),
    ownerId: t.id({ required: false, description: "The officer who owns it (unchanged when absent, none when null)", validate: idRule }),
    dueOn: t.field({ type: "Date", required: false, description: "The day it should be done by (unchanged when absent)" }),
    completedOn: t.field({ type: "Date", required: false, description: "The day it was done: required when status is done, refused otherwise" }),
    evidence: t.string({
      required: false,
      description: "Evidence that it was done (3 to 5,000 characters): required when status is done",
      validate: textBetweenRule(3, 5000),
    }),
  }),
});

async function itemById(context: Parameters<typeof listFollowUp>[0], id: string) {
  const { items } = await listFollowUp(context, { recommendationId: id }, { first: 1, offset: 0 });
  if (!items[0]) throw new Error("a recommendation just written is not found");
  return items[0];
}

builder.mutationField("recordRecommendation", (t) =>
  t.field({
    type: FollowUpItemRef,
    description: "Record a recommendation made on a case by the Stage 2 investigation, the review panel or the Ombudsman (officers and managers)",
    authScopes: { handleCases: true },
    args: { input: t.arg({ type: RecordRecommendationInput, required: true, description: "The case, who made it, what, its owner and due date" }) },
    resolve: async (_root, args, context) => itemById(context, await recordRecommendation(context, args.input)),
  }),
);

builder.mutationField("updateRecommendation", (t) =>
  t.field({
    type: FollowUpItemRef,
    description: "Move a recommendation on: status, owner, due date and, when done, the day and evidence (officers and managers)",
    authScopes: { handleCases: true },
    args: {
      input: t.arg({ type: UpdateRecommendationInput, required: true, description: "The recommendation, the version you read and its changes" }),
    },
    resolve: async (_root, args, context) => itemById(context, await updateRecommendation(context, args.input)),
  }),
);
