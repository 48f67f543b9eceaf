import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { outcomeLabel } from "../services/outcome-label";
import { readPersonalText } from "../services/read-personal-data";
import { OutcomeEnum, ReasonThemeEnum, StageEnum } from "./enums";

const PointOutcome = builder.prismaObject("PointOutcome", {
  description: "A point's outcome at one stage",
  authScopes: { readCases: true },
  fields: (t) => ({
    stage: t.expose("stage", { type: StageEnum, description: "The stage whose response gave this outcome" }),
    outcome: t.expose("outcome", { type: OutcomeEnum, description: "The canonical outcome the rules and every report count" }),
    localOutcome: t.exposeString("localOutcome", {
      nullable: true,
      description: "The council's own outcome code recorded for the point at this stage (a response's or an import's), if any",
    }),
    outcomeLabel: t.string({
      nullable: true,
      description:
        "The council's own words for localOutcome, from its outcome vocabulary in force on the stage's response date; null when no code was recorded",
      select: { pointId: true, stage: true, localOutcome: true },
      resolve: (o, _args, context) => outcomeLabel(context, o.pointId, o.stage, o.localOutcome),
    }),
  }),
});

/** A point of complaint: its reason (local codes and canonical theme) and its outcome at each stage. */
builder.prismaObject("PointOfComplaint", {
  description: "One point of a complaint, with its reason and its outcome at each stage",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The point's id" }),
    pointRef: t.exposeString("pointRef", { description: "The id stage responses use for this point" }),
    seq: t.exposeInt("seq", { description: "The point's place in the complaint (1, 2, 3...)" }),
    theme: t.expose("theme", { description: "What the point is about (the canonical theme)", type: ReasonThemeEnum }),
    categoryCode: t.exposeString("categoryCode", { description: "The council's own reason category code, if any", nullable: true }),
    reasonCode: t.exposeString("reasonCode", { description: "The council's own reason code, if any", nullable: true }),
    reasonLabel: t.string({
      nullable: true,
      description:
        "The council's own words for the point's reason, as classified when it was recorded (\"Category: reason\", or the category alone); null when no local reason was given",
      select: { reasonEntryId: true },
      resolve: async (point, _args, context) => {
        if (!point.reasonEntryId) return null;
        const { prisma, councilId } = councilScope(context);
        const entry = await prisma.vocabularyEntry.findUnique({
          where: { councilId_id: { councilId, id: point.reasonEntryId } },
          select: { label: true, parentCode: true, versionId: true },
        });
        if (!entry) return null;
        if (!entry.parentCode) return entry.label;
        const category = await prisma.vocabularyEntry.findUnique({
          where: { councilId_versionId_code: { councilId, versionId: entry.versionId, code: entry.parentCode } },
          select: { label: true },
        });
        return category ? `${category.label}: ${entry.label}` : entry.label;
      },
    }),
    outcomes: t.field({
      description: "The point's outcome at each stage answered",
      type: [PointOutcome],
      select: { outcomes: true },
      resolve: (point) => point.outcomes,
    }),
    summary: t.string({
      nullable: true,
      description: "What the complainant said about this point. Personal data: each read is audited.",
      authScopes: { readPersonalData: true },
      resolve: (point, _args, context) => readPersonalText(context, point.caseId, { kind: "point", pointRef: point.pointRef }),
    }),
  }),
});
