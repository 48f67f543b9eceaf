import { CLOCK_OWNERS, clockOwnerOf, clockStanding } from "@csc/rules";
import { builder } from "../builder";
import { codedValues } from "./enum-values";
import { StageEnum } from "./enums";

const ClockOwnerEnum = builder.enumType("ClockOwner", {
  description: "Who a clock binds",
  values: codedValues(
    Object.fromEntries(
      CLOCK_OWNERS.map((owner) => [
        owner,
        {
          description:
            owner === "council"
              ? "A timescale the council owes (acknowledgement, a stage's response, the review panel, its report, the council's response)"
              : "The complainant's window to ask for the next stage (SI 2006/1738 regs 14, 18); a late request is allowed and flagged",
        },
      ]),
    ) as Record<(typeof CLOCK_OWNERS)[number], { description: string }>,
  ),
});

/** Every statutory or local clock of a case: where its timescale comes from, when it is due, met or missed. */
builder.prismaObject("CaseClock", {
  description: "A statutory or local clock of a case: where its timescale comes from, when it is due, met or missed",
  authScopes: { readCases: true },
  fields: (t) => ({
    clockId: t.exposeString("clockId", { description: "Which clock (a ClockId of the procedure definition, or a local target)" }),
    owedBy: t.field({
      type: ClockOwnerEnum,
      description: "Who the clock binds: the council's timescales, or the complainant's request window (show these apart)",
      resolve: (clock) => clockOwnerOf(clock.clockId),
    }),
    stage: t.expose("stage", {
      description: "The stage the clock belongs to; null for clocks outside a stage (acknowledgement)",
      type: StageEnum,
      nullable: true,
    }),
    label: t.exposeString("label", { description: "The clock's name, from the procedure definition" }),
    source: t.exposeString("source", { description: 'Where the timescale comes from, e.g. "SI 2006/1738 reg 14"' }),
    startedOn: t.expose("startedOn", { description: "The day the clock started (day 0)", type: "Date" }),
    workingDays: t.exposeInt("workingDays", { description: "The timescale in working days (extended where an extension was agreed)" }),
    dueOn: t.expose("dueOn", { description: "The last working day the timescale allows", type: "Date" }),
    stoppedOn: t.expose("stoppedOn", {
      description: "The day the clock stopped (the response or request); null while it runs",
      type: "Date",
      nullable: true,
    }),
    workingDaysElapsed: t.exposeInt("workingDaysElapsed", {
      description:
        "Working days counted so far, pauses left out: to stoppedOn, or for a running clock to the day the case was last derived (today: open cases are derived again each day at 00:01 and when the gateway starts)",
    }),
    daysPaused: t.exposeInt("daysPaused", { description: "Working days the clock was paused (suspension)" }),
    met: t.exposeBoolean("met", { description: "Whether the clock stopped within its timescale; null while it runs", nullable: true }),
    band: t.exposeString("band", {
      description: "The timeliness band of the working days taken (within_N, over_N or open; the council's thresholds or the statutory ones)",
      nullable: true,
    }),
    workingDaysLeft: t.int({
      description:
        "Working days left while the clock runs within its timescale, as of the day the case was last derived (Case.derivedOn); null once it stops or is overdue, and for a request window that has passed",
      nullable: true,
      resolve: (clock) => clockStanding({ ...clock, running: clock.stoppedOn === null }).workingDaysLeft,
    }),
    overdueBy: t.int({
      description:
        "Working days beyond the timescale once the clock is missed (running late, or answered late), as of Case.derivedOn; null otherwise",
      nullable: true,
      resolve: (clock) => clockStanding({ ...clock, running: clock.stoppedOn === null }).overdueBy,
    }),
    overdue: t.boolean({
      description: "Still running and past its due date",
      resolve: (clock, _args, context) => clock.stoppedOn === null && clock.dueOn.toISOString().slice(0, 10) < context.asOf,
    }),
  }),
});
