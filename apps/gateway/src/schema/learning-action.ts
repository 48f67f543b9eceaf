import type { LearningActionStatus } from "@csc/db";
import { builder } from "../builder";
import { describedValues } from "./enum-values";
import { readNarrative } from "../services/read-narrative";
import { OfficerRef } from "./officer";

const LEARNING_ACTION_STATUS_DESCRIPTIONS: Readonly<Record<LearningActionStatus, string>> = {
  open: "Agreed and not yet done",
  completed: "Done (the follow-up tracker shows it as done)",
  cancelled: "Dropped (the follow-up tracker shows it as not accepted)",
};
const LearningActionStatusEnum = builder.enumType("LearningActionStatus", {
  description: "Where a learning action stands (the follow-up tracker maps it onto a RecommendationStatus)",
  values: describedValues(LEARNING_ACTION_STATUS_DESCRIPTIONS),
});

/** Learning from feedback, from issue to completion ("you said, we did"); written for publication. */
builder.prismaObject("LearningAction", {
  description: "A learning action agreed from a case or from complaints generally, tracked to completion",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The action's id" }),
    caseId: t.exposeID("caseId", { description: "The case the learning comes from, if any", nullable: true }),
    summary: t.string({
      description: "What was learned and done; narrative: withheld from roles that read metadata only (auditors), every read audited",
      resolve: (row, _args, context) => readNarrative(context, row.summary, { caseId: row.caseId, kind: "learning_action", id: row.id }),
    }),
    identifiedOn: t.expose("identifiedOn", { description: "The day the learning was identified", type: "Date" }),
    dueOn: t.expose("dueOn", { description: "When the action is due", type: "Date", nullable: true }),
    completedOn: t.expose("completedOn", { description: "The day the action was completed; null while open", type: "Date", nullable: true }),
    status: t.expose("status", { type: LearningActionStatusEnum, description: "Where it stands" }),
    owner: t.prismaField({
      type: OfficerRef,
      nullable: true,
      description: "The officer who owns the action",
      resolve: (query, row, _args, context) =>
        row.ownerId && context.prisma ? context.prisma.user.findUnique({ ...query, where: { id: row.ownerId } }) : null,
    }),
  }),
});
