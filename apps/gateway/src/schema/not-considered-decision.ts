import { builder } from "../builder";
import { type GroundDecisionView, readGroundDecisions } from "../services/ground-decisions";
import { NotConsideredReasonEnum } from "./enums";

/** A decision not to consider the complaint, in whole or for some points, with the law or policy that gives its ground. */
const NotConsideredDecision = builder.objectRef<GroundDecisionView>("NotConsideredDecision").implement({
  description: "A decision not to consider the complaint (whole or in part), with its ground's legal source (@csc/rules NOT_CONSIDERED_GROUNDS)",
  authScopes: { readCases: true },
  fields: (t) => ({
    on: t.field({ type: "Date", description: "When the council decided", resolve: (d) => d.on }),
    reason: t.field({ type: NotConsideredReasonEnum, description: "The ground", resolve: (d) => d.reason }),
    source: t.exposeString("source", { description: "The law or local policy that gives the ground, e.g. SI 2006/1738 reg 8" }),
    points: t.exposeStringList("points", {
      nullable: true,
      description: "The points of complaint (pointRef) the decision covers (SI 2006/1738 reg 8 in part); null: the whole complaint",
    }),
    discretionExercised: t.exposeBoolean("discretionExercised", {
      nullable: true,
      description: "SI 2006/1738 reg 9: whether the council exercised its discretion to consider the late complaint anyway",
    }),
    decidedBy: t.exposeString("decidedBy", { nullable: true, description: "Who decided, for the council (Children Act 1989 s.26(3)(e))" }),
    localGround: t.exposeString("localGround", { nullable: true, description: "The council's own ground: its code in the council's vocabulary" }),
    localGroundLabel: t.exposeString("localGroundLabel", { nullable: true, description: "The council's words for its own ground" }),
    endsCase: t.exposeBoolean("endsCase", { description: "Whether the decision ended the case (false: in part, or considered anyway)" }),
  }),
});

builder.prismaObjectFields("Case", (t) => ({
  notConsideredDecisions: t.field({
    type: [NotConsideredDecision],
    description: "The decisions not to consider the complaint, whole or in part, each with its ground's legal source",
    authScopes: { readCases: true },
    resolve: (row, _args, context) => readGroundDecisions(context, row.id),
  }),
}));
