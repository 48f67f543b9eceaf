import { CASE_STATUSES, childrensStatutoryProcedure } from "@csc/rules";
import { builder } from "../builder";
import { connectionArgsSchemaOf } from "../limits/page-size";
import { LIMITS } from "../limits/query-limits";
import { SortDirectionEnum } from "./sort-direction";
import { allowedActionDetailsOf, allowedActionsOf, eventsFromRows } from "../services/case-history";
import { COUNCIL_RULES_SELECT, councilRulesOf } from "../services/rules-context";
import { AllowedAction } from "./allowed-action";
import { readComplainant, readPersonalText } from "../services/read-personal-data";
import {
  CaseStatusEnum,
  ChannelEnum,
  ComplainantRelationshipEnum,
  FeedbackKindEnum,
  NotConsideredReasonEnum,
  ProcedureEnum,
  StageEnum,
} from "./enums";
import { memberOf } from "./enum-values";
import { Complainant } from "./complainant";
import { CaseFlag, flagsOf } from "./case-flag";

/**
 * One piece of feedback: its facts, the state the rules engine derived (stage, status, every clock), its
 * timeline and what may happen next. Personal data (summary, complainant) needs readPersonalData and is audited.
 */
builder.prismaObject("Case", {
  description:
    "One piece of feedback: its facts, the state the rules engine derived (stage, status, every clock), its timeline and what may happen next. Personal data needs readPersonalData and is audited",
  authScopes: { readCases: true },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The case's id in this council" }),
    reference: t.exposeString("reference", { description: "The council's reference for the case, as quoted in letters" }),
    version: t.exposeInt("version", { description: "Send it back with every change (optimistic locking)" }),
    kind: t.expose("kind", { type: FeedbackKindEnum, description: "What kind of feedback this is" }),
    localKind: t.exposeString("localKind", { nullable: true, description: "The council's own label for the kind, from its vocabulary" }),
    procedure: t.expose("procedure", {
      type: ProcedureEnum,
      nullable: true,
      description: "The procedure the complaint runs under; null until decided",
    }),
    receivedOn: t.expose("receivedOn", { type: "Date", description: "The day the council received it: the clocks count from here" }),
    channel: t.expose("channel", { type: ChannelEnum, nullable: true, description: "How it reached the council" }),
    complainantRelationship: t.expose("complainantRelationship", {
      type: ComplainantRelationshipEnum,
      nullable: true,
      description: "The complainant's relationship to the child",
    }),
    madeByChild: t.exposeBoolean("madeByChild", { description: "Whether the child or young person made it themselves" }),
    madeForChild: t.exposeBoolean("madeForChild", { nullable: true, description: "Whether it was made on a child's behalf" }),
    advocacyOffered: t.exposeBoolean("advocacyOffered", { nullable: true, description: "Whether advocacy was offered (Children Act 1989 s.26A)" }),
    advocacyTaken: t.exposeBoolean("advocacyTaken", { nullable: true, description: "Whether the offer of advocacy was taken up" }),
    advocacyProvider: t.exposeString("advocacyProvider", { nullable: true, description: "Who provided the advocacy" }),
    gender: t.exposeString("gender", { nullable: true, description: "The complainant's gender, for equalities monitoring (may be not_given)" }),
    ethnicity: t.exposeString("ethnicity", {
      nullable: true,
      description: "The complainant's ethnicity, for equalities monitoring (may be not_given)",
    }),
    disability: t.exposeString("disability", { nullable: true, description: "Whether the complainant has a disability, for equalities monitoring" }),
    ageBand: t.exposeString("ageBand", { nullable: true, description: "The complainant's age band, for equalities monitoring" }),
    currentStage: t.expose("currentStage", { type: StageEnum, nullable: true, description: "The stage the case is at, derived by the rules engine" }),
    status: t.field({
      type: CaseStatusEnum,
      description: "Where the case is, derived by the rules engine",
      resolve: (row) => memberOf(CASE_STATUSES, row.status, "CaseStatus"),
    }),
    suspended: t.exposeBoolean("suspended", { description: "Whether the case is suspended, its clocks paused until it resumes" }),
    acknowledgementDueOn: t.expose("acknowledgementDueOn", {
      type: "Date",
      nullable: true,
      description: `When the acknowledgement is due (${childrensStatutoryProcedure.acknowledgement.source})`,
    }),
    acknowledgedOn: t.expose("acknowledgedOn", { type: "Date", nullable: true, description: "When the complaint was acknowledged" }),
    acknowledgementMet: t.exposeBoolean("acknowledgementMet", { nullable: true, description: "Whether it was acknowledged by the due day" }),
    notConsideredReason: t.expose("notConsideredReason", {
      type: NotConsideredReasonEnum,
      nullable: true,
      description: "The ground on which the council declined to consider it",
    }),
    notConsideredOn: t.expose("notConsideredOn", { type: "Date", nullable: true, description: "When the council decided not to consider it" }),
    nextDueOn: t.expose("nextDueOn", { type: "Date", nullable: true, description: "The earliest due day of its running clocks" }),
    derivedOn: t.expose("derivedOn", {
      type: "Date",
      nullable: true,
      description:
        "The day the derived figures (running clocks' working days used, status, flags) are as of: the day of the last change, or today once the daily refresh of open cases has run",
    }),
    withdrawnOn: t.expose("withdrawnOn", { type: "Date", nullable: true, description: "When the complainant withdrew it" }),
    closedOn: t.expose("closedOn", { type: "Date", nullable: true, description: "When the case was closed" }),
    flags: t.field({
      type: [CaseFlag],
      description: "What the rules engine noticed about the case (late complaint, late request…)",
      resolve: (row) => flagsOf(row.flags),
    }),
    team: t.relation("team", { nullable: true, description: "The team the complaint is about" }),
    officer: t.relation("officer", { nullable: true, description: "The complaints officer the case is allocated to" }),
    stages: t.relation("stages", {
      description: "Each stage the case has been through, in order",
      query: { orderBy: { stage: "asc" } },
    }),
    clocks: t.relation("clocks", {
      description: "Every clock of the case, each with its timescale and source",
      query: { orderBy: [{ startedOn: "asc" }, { clockId: "asc" }] },
    }),
    points: t.relation("points", {
      description: "The points of complaint, in order",
      query: { orderBy: { seq: "asc" } },
    }),
    timeline: t.relatedConnection(
      "events",
      {
        description: `What happened to the case, in order (or latest first); at most ${LIMITS.maxPageSize} a page`,
        cursor: "councilId_caseId_seq",
        maxSize: LIMITS.maxPageSize,
        defaultSize: LIMITS.maxPageSize,
        args: {
          direction: t.arg({
            type: SortDirectionEnum,
            required: false,
            defaultValue: "ASC",
            description: "In the order it happened (ASC, the default) or latest first (DESC)",
          }),
        },
        validate: connectionArgsSchemaOf(3),
        totalCount: true,
        query: (args) => ({ orderBy: { seq: args.direction === "DESC" ? "desc" : "asc" } }),
      },
      {
        description: "A page of a case's timeline",
        fields: (c) => ({
          totalCount: c.int({
            description: "How many entries the case's timeline has, across every page",
            extensions: { pothosPrismaTotalCount: true },
            // A related connection's count arrives with the case (its _count), not as a function to call.
            resolve: (parent) => (parent as { totalCount?: number }).totalCount ?? 0,
          }),
        }),
      },
    ),
    appointments: t.relation("appointments", {
      description: "The investigating officers and independent persons appointed",
      query: { orderBy: { appointedOn: "asc" } },
    }),
    reviewPanels: t.relation("reviewPanels", {
      description: "The Stage 3 review panels requested",
      query: { orderBy: { requestedOn: "asc" } },
    }),
    lgscoReferrals: t.relation("lgscoReferrals", { description: "Referrals to the Local Government and Social Care Ombudsman" }),
    learningActions: t.relation("learningActions", {
      description: "What was learnt from the case and the actions taken",
      query: { orderBy: { identifiedOn: "asc" } },
    }),
    allowedActions: t.stringList({
      description: "The mutations the rules engine allows on this case now (e.g. acknowledgeCase)",
      deprecationReason: "Use allowedActionDetails, which also names the stage each action is for.",
      select: { kind: true, events: { orderBy: { seq: "asc" } }, council: { select: COUNCIL_RULES_SELECT } },
      resolve: (row, _args, context) => allowedActionsOf(eventsFromRows(row.events), context.asOf, councilRulesOf(row.council), row.kind),
    }),
    allowedActionDetails: t.field({
      type: [AllowedAction],
      description: "The mutations the rules engine allows on this case now, each with the stage it is for",
      select: { kind: true, events: { orderBy: { seq: "asc" } }, council: { select: COUNCIL_RULES_SELECT } },
      resolve: (row, _args, context) => allowedActionDetailsOf(eventsFromRows(row.events), context.asOf, councilRulesOf(row.council), row.kind),
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
