import { RECOMMENDATION_SOURCE_LABELS, RECOMMENDATION_STATUS_LABELS } from "@csc/rules";
import { builder } from "../builder";
import { LEARNING_SOURCE_LABEL } from "./follow-up-choices";
import { badInput } from "../errors/gateway-error";
import { listFollowUp, type FollowUpItem, type FollowUpPage } from "../services/list-follow-up";
import { readNarrative } from "../services/read-narrative";
import { isRecordId } from "../services/council-scope";
import { FollowUpKindEnum, FollowUpSourceEnum, RecommendationStatusEnum } from "./follow-up-enums";

/**
 * The follow-up tracker: recommendations (Stage 2, review panel, Ombudsman) and learning actions in one list,
 * each with its owner, due date, status and whether it is overdue. Their words are narrative about a case: only
 * roles that read personal data see them, and each read is audited.
 */
export const FollowUpItemRef = builder.objectRef<FollowUpItem>("FollowUpItem").implement({
  description: "A recommendation or a learning action, with its owner, due date and status",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The recommendation's or learning action's id" }),
    kind: t.expose("kind", { type: FollowUpKindEnum, description: "Whether it is a recommendation or a learning action" }),
    caseId: t.exposeID("caseId", { nullable: true, description: "The case it came from" }),
    caseReference: t.exposeString("caseReference", { nullable: true, description: "The case's reference" }),
    source: t.field({ type: FollowUpSourceEnum, description: "Who made it (learning for a learning action)", resolve: (i) => i.source }),
    sourceLabel: t.string({
      description: "Who made it, in words",
      resolve: (i) => (i.source === "learning" ? LEARNING_SOURCE_LABEL : RECOMMENDATION_SOURCE_LABELS[i.source]),
    }),
    statusLabel: t.string({ description: "Where it stands, in words", resolve: (i) => RECOMMENDATION_STATUS_LABELS[i.status] }),
    summary: t.string({
      description: "What was recommended or learned; withheld from roles that read metadata only, every read audited",
      resolve: (i, _args, context) => readNarrative(context, i.summary, { caseId: i.caseId, kind: i.kind, id: i.id }),
    }),
    evidence: t.string({
      nullable: true,
      description: "Evidence that it was done; withheld like the summary",
      resolve: (i, _args, context) => (i.evidence === null ? null : readNarrative(context, i.evidence, { caseId: i.caseId, kind: i.kind, id: i.id })),
    }),
    ownerName: t.exposeString("ownerName", { nullable: true, description: "The officer who owns it" }),
    madeOn: t.field({ type: "Date", description: "The day it was made or identified", resolve: (i) => i.madeOn }),
    dueOn: t.field({ type: "Date", nullable: true, description: "The day it should be done by", resolve: (i) => i.dueOn }),
    status: t.field({ type: RecommendationStatusEnum, description: "Where it stands", resolve: (i) => i.status }),
    completedOn: t.field({ type: "Date", nullable: true, description: "The day it was done", resolve: (i) => i.completedOn }),
    overdue: t.exposeBoolean("overdue", { description: "Still open or in progress after its due date" }),
    version: t.exposeInt("version", {
      nullable: true,
      description: "A recommendation's version, for updateRecommendation (null for learning actions)",
    }),
  }),
});

const FollowUpPageRef = builder.objectRef<FollowUpPage>("FollowUpPage").implement({
  description: "One page of the follow-up tracker",
  authScopes: { readCases: true },
  fields: (t) => ({
    items: t.field({ type: [FollowUpItemRef], description: "The items on this page, soonest due first", resolve: (p) => p.items }),
    total: t.exposeInt("total", { description: "How many items match the filters on every page" }),
  }),
});

builder.queryField("followUp", (t) =>
  t.field({
    type: FollowUpPageRef,
    description: "Your council's recommendations and learning actions, soonest due first, filtered and a page at a time",
    authScopes: { readCases: true },
    args: {
      status: t.arg({ type: RecommendationStatusEnum, required: false, description: "Only items with this status" }),
      source: t.arg({ type: FollowUpSourceEnum, required: false, description: "Only items from this source" }),
      overdue: t.arg.boolean({ required: false, description: "Only overdue items when true" }),
      caseId: t.arg.id({ required: false, description: "Only the items of this case" }),
      first: t.arg.int({ required: false, description: "How many items a page holds (1 to 100, default 20)" }),
      offset: t.arg.int({ required: false, description: "How many matching items to skip (default 0)" }),
    },
    resolve: (_root, args, context) => {
      const first = args.first ?? 20;
      const offset = args.offset ?? 0;
      if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput(["first"], "must be 1 to 100");
      if (offset < 0) throw badInput(["offset"], "must not be negative");
      const caseId = args.caseId ? String(args.caseId) : null;
      if (caseId && !isRecordId(caseId)) throw badInput(["caseId"], "is not a case id");
      return listFollowUp(
        context,
        { status: args.status ?? null, source: args.source ?? null, overdue: args.overdue ?? null, caseId },
        { first, offset },
      );
    },
  }),
);
