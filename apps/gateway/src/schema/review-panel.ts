import { builder } from "../builder";
import { readNarrative } from "../services/read-narrative";

const PanelRecommendation = builder.prismaObject("PanelRecommendation", {
  authScopes: { readCases: true },
  fields: (t) => ({
    seq: t.exposeInt("seq"),
    summary: t.string({
      description: "What the panel recommended; narrative: withheld from roles that read metadata only (auditors), every read audited",
      select: { panel: { select: { caseId: true } } },
      resolve: (row, _args, context) => readNarrative(context, row.summary, { caseId: row.panel.caseId, kind: "panel_recommendation", id: row.id }),
    }),
    accepted: t.exposeBoolean("accepted", {
      nullable: true,
      description: "Accepted in full (decision accepted); false when partly accepted or declined",
    }),
    decision: t.exposeString("decision", { nullable: true, description: "The council's decision (reg 20): accepted, partly or declined" }),
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
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    requestedOn: t.expose("requestedOn", { type: "Date" }),
    meetingDueOn: t.expose("meetingDueOn", { type: "Date", nullable: true }),
    heldOn: t.expose("heldOn", { type: "Date", nullable: true }),
    reportDueOn: t.expose("reportDueOn", { type: "Date", nullable: true }),
    reportedOn: t.expose("reportedOn", { type: "Date", nullable: true }),
    responseDueOn: t.expose("responseDueOn", { type: "Date", nullable: true }),
    councilRespondedOn: t.expose("councilRespondedOn", { type: "Date", nullable: true }),
    decidedWithIndependentPerson: t.exposeString("decidedWithIndependentPerson", {
      nullable: true,
      description: "The Independent Person with whom the council considered the panel's report (SI 2006/1738 reg 20)",
    }),
    recommendations: t.field({
      type: [PanelRecommendation],
      select: { recommendations: { orderBy: { seq: "asc" } } },
      resolve: (panel) => panel.recommendations,
    }),
  }),
});
