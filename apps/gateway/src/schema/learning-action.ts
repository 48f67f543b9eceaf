import { builder } from "../builder";

/** Learning from feedback, from issue to completion ("you said, we did"); written for publication. */
export const LearningActionRef = builder.prismaObject("LearningAction", {
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    caseId: t.exposeID("caseId", { nullable: true }),
    summary: t.exposeString("summary"),
    identifiedOn: t.expose("identifiedOn", { type: "Date" }),
    dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    completedOn: t.expose("completedOn", { type: "Date", nullable: true }),
    status: t.exposeString("status"),
  }),
});
