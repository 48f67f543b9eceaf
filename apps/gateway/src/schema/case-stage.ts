import { builder } from "../builder";
import { OutcomeEnum, StageEnum } from "./enums";

/** One stage's clock and result, as the rules engine derived it (@csc/rules StageFacts). */
builder.prismaObject("CaseStage", {
  authScopes: { readCases: true },
  fields: (t) => ({
    stage: t.expose("stage", { type: StageEnum }),
    startedOn: t.expose("startedOn", { type: "Date" }),
    timescaleWorkingDays: t.exposeInt("timescaleWorkingDays"),
    dueOn: t.expose("dueOn", { type: "Date" }),
    respondedOn: t.expose("respondedOn", { type: "Date", nullable: true }),
    workingDaysTaken: t.exposeInt("workingDaysTaken", { nullable: true }),
    daysPaused: t.exposeInt("daysPaused"),
    extended: t.exposeBoolean("extended"),
    met: t.exposeBoolean("met", { nullable: true }),
    band: t.exposeString("band", { nullable: true }),
    outcome: t.expose("outcome", { type: OutcomeEnum, nullable: true }),
    lateRequest: t.exposeBoolean("lateRequest"),
  }),
});
