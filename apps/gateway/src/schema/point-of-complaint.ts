import { builder } from "../builder";
import { readPersonalText } from "../services/read-personal-data";
import { OutcomeEnum, ReasonThemeEnum, StageEnum } from "./enums";

const PointOutcome = builder.prismaObject("PointOutcome", {
  authScopes: { readCases: true },
  fields: (t) => ({
    stage: t.expose("stage", { type: StageEnum }),
    outcome: t.expose("outcome", { type: OutcomeEnum }),
    localOutcome: t.exposeString("localOutcome", { nullable: true }),
  }),
});

/** A point of complaint: its reason (local codes and canonical theme) and its outcome at each stage. */
builder.prismaObject("PointOfComplaint", {
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    pointRef: t.exposeString("pointRef", { description: "The id stage responses use for this point" }),
    seq: t.exposeInt("seq"),
    theme: t.expose("theme", { type: ReasonThemeEnum }),
    categoryCode: t.exposeString("categoryCode", { nullable: true }),
    reasonCode: t.exposeString("reasonCode", { nullable: true }),
    outcomes: t.field({
      type: [PointOutcome],
      select: { outcomes: true },
      resolve: (point) => point.outcomes,
    }),
    summary: t.string({
      nullable: true,
      description: "What the complainant said about this point. Personal data: each read is audited.",
      authScopes: { readPersonalData: true },
      resolve: (point, _args, context) =>
        readPersonalText(context, point.caseId, { kind: "point", pointRef: point.pointRef }),
    }),
  }),
});
