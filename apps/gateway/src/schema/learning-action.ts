import { builder } from "../builder";
import { readNarrative } from "../services/read-narrative";
import { OfficerRef } from "./officer";

/** Learning from feedback, from issue to completion ("you said, we did"); written for publication. */
export const LearningActionRef = builder.prismaObject("LearningAction", {
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    caseId: t.exposeID("caseId", { nullable: true }),
    summary: t.string({
      description: "What was learned and done; narrative: withheld from roles that read metadata only (auditors), every read audited",
      resolve: (row, _args, context) => readNarrative(context, row.summary, { caseId: row.caseId, kind: "learning_action", id: row.id }),
    }),
    identifiedOn: t.expose("identifiedOn", { type: "Date" }),
    dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    completedOn: t.expose("completedOn", { type: "Date", nullable: true }),
    status: t.exposeString("status"),
    owner: t.prismaField({
      type: OfficerRef,
      nullable: true,
      description: "The officer who owns the action",
      resolve: (query, row, _args, context) =>
        row.ownerId && context.prisma ? context.prisma.user.findUnique({ ...query, where: { id: row.ownerId } }) : null,
    }),
  }),
});
