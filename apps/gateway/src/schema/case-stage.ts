import { builder } from "../builder";
import { OutcomeEnum, StageEnum } from "./enums";

/** One stage's clock and result, as the rules engine derived it (@csc/rules StageFacts). */
builder.prismaObject("CaseStage", {
  description: "One stage's clock and result, as the rules engine derived it",
  authScopes: { readCases: true },
  fields: (t) => ({
    stage: t.expose("stage", { description: "The stage", type: StageEnum }),
    startedOn: t.expose("startedOn", { description: "The day the stage started", type: "Date" }),
    timescaleWorkingDays: t.exposeInt("timescaleWorkingDays", { description: "The stage's timescale in working days (extended where agreed)" }),
    dueOn: t.expose("dueOn", { description: "The day the response is due", type: "Date" }),
    respondedOn: t.expose("respondedOn", { description: "The day of the response; null while open", type: "Date", nullable: true }),
    workingDaysTaken: t.exposeInt("workingDaysTaken", {
      description: "Working days to the response, pauses left out; null while open",
      nullable: true,
    }),
    daysPaused: t.exposeInt("daysPaused", { description: "Working days paused by suspension" }),
    extended: t.exposeBoolean("extended", { description: "Whether an extension was agreed" }),
    met: t.exposeBoolean("met", { description: "Whether the response came within the timescale; null while open", nullable: true }),
    band: t.exposeString("band", {
      description: "The timeliness band of the working days taken (within_N, over_N or open; the council's thresholds or the statutory ones)",
      nullable: true,
    }),
    outcome: t.expose("outcome", {
      description: "How the stage ended (the stage's overall outcome); null while open",
      type: OutcomeEnum,
      nullable: true,
    }),
    lateRequest: t.exposeBoolean("lateRequest", {
      description: "Whether the complainant asked for this stage after the request window (allowed, and flagged)",
    }),
  }),
});
