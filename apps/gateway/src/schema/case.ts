import { builder } from "../builder";
import { allowedActionDetailsOf, allowedActionsOf, eventsFromRows } from "../services/case-history";
import { COUNCIL_RULES_SELECT, councilRulesOf } from "../services/rules-context";
import { AllowedAction } from "./allowed-action";
import { readComplainant, readPersonalText } from "../services/read-personal-data";
import {
  ChannelEnum,
  ComplainantRelationshipEnum,
  FeedbackKindEnum,
  NotConsideredReasonEnum,
  ProcedureEnum,
  StageEnum,
} from "./enums";
import { Complainant } from "./complainant";
import { CaseFlag, flagsOf } from "./case-flag";

/**
 * One piece of feedback: its facts, the state the rules engine derived (stage, status, every clock), its
 * timeline and what may happen next. Personal data (summary, complainant) needs readPersonalData and is audited.
 */
export const CaseRef = builder.prismaObject("Case", {
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeString("reference"),
    version: t.exposeInt("version", { description: "Send it back with every change (optimistic locking)" }),
    kind: t.expose("kind", { type: FeedbackKindEnum }),
    localKind: t.exposeString("localKind", { nullable: true }),
    procedure: t.expose("procedure", { type: ProcedureEnum, nullable: true }),
    receivedOn: t.expose("receivedOn", { type: "Date" }),
    channel: t.expose("channel", { type: ChannelEnum, nullable: true }),
    complainantRelationship: t.expose("complainantRelationship", { type: ComplainantRelationshipEnum, nullable: true }),
    madeByChild: t.exposeBoolean("madeByChild"),
    madeForChild: t.exposeBoolean("madeForChild", { nullable: true }),
    advocacyOffered: t.exposeBoolean("advocacyOffered", { nullable: true }),
    advocacyTaken: t.exposeBoolean("advocacyTaken", { nullable: true }),
    advocacyProvider: t.exposeString("advocacyProvider", { nullable: true }),
    gender: t.exposeString("gender", { nullable: true }),
    ethnicity: t.exposeString("ethnicity", { nullable: true }),
    disability: t.exposeString("disability", { nullable: true }),
    ageBand: t.exposeString("ageBand", { nullable: true }),
    currentStage: t.expose("currentStage", { type: StageEnum, nullable: true }),
    status: t.exposeString("status"),
    suspended: t.exposeBoolean("suspended"),
    acknowledgementDueOn: t.expose("acknowledgementDueOn", { type: "Date", nullable: true }),
    acknowledgedOn: t.expose("acknowledgedOn", { type: "Date", nullable: true }),
    acknowledgementMet: t.exposeBoolean("acknowledgementMet", { nullable: true }),
    notConsideredReason: t.expose("notConsideredReason", { type: NotConsideredReasonEnum, nullable: true }),
    notConsideredOn: t.expose("notConsideredOn", { type: "Date", nullable: true }),
    nextDueOn: t.expose("nextDueOn", { type: "Date", nullable: true }),
    withdrawnOn: t.expose("withdrawnOn", { type: "Date", nullable: true }),
    closedOn: t.expose("closedOn", { type: "Date", nullable: true }),
    flags: t.field({ type: [CaseFlag], resolve: (row) => flagsOf(row.flags) }),
    team: t.relation("team", { nullable: true }),
    officer: t.relation("officer", { nullable: true }),
    stages: t.relation("stages", { query: { orderBy: { stage: "asc" } } }),
    clocks: t.relation("clocks", { query: { orderBy: [{ startedOn: "asc" }, { clockId: "asc" }] } }),
    points: t.relation("points", { query: { orderBy: { seq: "asc" } } }),
    timeline: t.relation("events", { query: { orderBy: { seq: "asc" } } }),
    appointments: t.relation("appointments", { query: { orderBy: { appointedOn: "asc" } } }),
    reviewPanels: t.relation("reviewPanels", { query: { orderBy: { requestedOn: "asc" } } }),
    lgscoReferrals: t.relation("lgscoReferrals"),
    learningActions: t.relation("learningActions", { query: { orderBy: { identifiedOn: "asc" } } }),
    allowedActions: t.stringList({
      description: "The mutations the rules engine allows on this case now (e.g. acknowledgeCase)",
      deprecationReason: "Use allowedActionDetails, which also names the stage each action is for.",
      select: { kind: true, events: { orderBy: { seq: "asc" } }, council: { select: COUNCIL_RULES_SELECT } },
      resolve: (row, _args, context) =>
        allowedActionsOf(eventsFromRows(row.events), context.asOf, councilRulesOf(row.council), row.kind),
    }),
    allowedActionDetails: t.field({
      type: [AllowedAction],
      description: "The mutations the rules engine allows on this case now, each with the stage it is for",
      select: { kind: true, events: { orderBy: { seq: "asc" } }, council: { select: COUNCIL_RULES_SELECT } },
      resolve: (row, _args, context) =>
        allowedActionDetailsOf(eventsFromRows(row.events), context.asOf, councilRulesOf(row.council), row.kind),
    }),
    summary: t.string({
      nullable: true,
      description: "What the feedback says. Personal data: each read is audited.",
      authScopes: { readPersonalData: true },
      resolve: (row, _args, context) => readPersonalText(context, row.id, { kind: "summary" }),
    }),
    complainant: t.field({
      type: Complainant,
      nullable: true,
      description: "Who made it and how to reach them. Personal data: each read is audited.",
      authScopes: { readPersonalData: true },
      resolve: (row, _args, context) => readComplainant(context, row.id),
    }),
  }),
});
