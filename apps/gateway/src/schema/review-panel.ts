import { builder } from "../builder";
import { memberOf } from "./enum-values";
import { RECOMMENDATION_DECISIONS, RecommendationDecisionEnum } from "./recommendation-decision";
import { readNarrative } from "../services/read-narrative";

const PanelRecommendation = builder.prismaObject("PanelRecommendation", {
  description: "One recommendation of a review panel and the council's decision on it (SI 2006/1738 regs 19, 20)",
  authScopes: { readCases: true },
  fields: (t) => ({
    seq: t.exposeInt("seq", { description: "The recommendation's place in the panel's report (1, 2, 3...)" }),
    summary: t.string({
      description: "What the panel recommended; narrative: withheld from roles that read metadata only (auditors), every read audited",
      select: { panel: { select: { caseId: true } } },
      resolve: (row, _args, context) => readNarrative(context, row.summary, { caseId: row.panel.caseId, kind: "panel_recommendation", id: row.id }),
    }),
    accepted: t.exposeBoolean("accepted", {
      nullable: true,
      description: "Accepted in full (decision accepted); false when partly accepted or declined",
    }),
    decision: t.field({
      type: RecommendationDecisionEnum,
      nullable: true,
      description: "The council's decision (reg 20); null until decided",
      resolve: (row) => (row.decision === null ? null : memberOf(RECOMMENDATION_DECISIONS, row.decision, "RecommendationDecision")),
    }),
    decisionReason: t.string({
      nullable: true,
      description: "Why the council decided so; narrative: withheld from roles that read metadata only (auditors), every read audited",
      select: { panel: { select: { caseId: true } } },
      resolve: (row, _args, context) =>
        row.decisionReason === null
          ? null
          : readNarrative(context, row.decisionReason, { caseId: row.panel.caseId, kind: "panel_recommendation", id: row.id }),
    }),
  }),
});

/** A Stage 3 review panel (SI 2006/1738 regs 19–20) and its recommendations. */
builder.prismaObject("ReviewPanel", {
  description: "A Stage 3 review panel: its request, meeting, report and the council's response (SI 2006/1738 regs 19, 20)",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The panel's id" }),
    requestedOn: t.expose("requestedOn", { description: "The day the complainant asked for a panel", type: "Date" }),
    meetingDueOn: t.expose("meetingDueOn", { description: "The day by which the panel must meet", type: "Date", nullable: true }),
    heldOn: t.expose("heldOn", { description: "The day the panel met", type: "Date", nullable: true }),
    reportDueOn: t.expose("reportDueOn", { description: "The day by which the panel must report", type: "Date", nullable: true }),
    reportedOn: t.expose("reportedOn", { description: "The day the panel reported", type: "Date", nullable: true }),
    responseDueOn: t.expose("responseDueOn", { description: "The day by which the council must respond", type: "Date", nullable: true }),
    councilRespondedOn: t.expose("councilRespondedOn", { description: "The day the council responded", type: "Date", nullable: true }),
    decidedWithIndependentPerson: t.exposeString("decidedWithIndependentPerson", {
      nullable: true,
      description: "The Independent Person with whom the council considered the panel's report (SI 2006/1738 reg 20)",
    }),
    recommendations: t.field({
      description: "The panel's recommendations, in order",
      type: [PanelRecommendation],
      select: { recommendations: { orderBy: { seq: "asc" } } },
      resolve: (panel) => panel.recommendations,
    }),
  }),
});
