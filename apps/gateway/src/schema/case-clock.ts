import { CLOCK_OWNERS, clockOwnerOf } from "@csc/rules";
import { builder } from "../builder";
import { StageEnum } from "./enums";

const ClockOwnerEnum = builder.enumType("ClockOwner", {
  description: "Who a clock binds",
  values: Object.fromEntries(
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
});

/** Every statutory or local clock of a case: where its timescale comes from, when it is due, met or missed. */
builder.prismaObject("CaseClock", {
  authScopes: { readCases: true },
  fields: (t) => ({
    clockId: t.exposeString("clockId"),
    owedBy: t.field({
      type: ClockOwnerEnum,
      description: "Who the clock binds: the council's timescales, or the complainant's request window (show these apart)",
      resolve: (clock) => clockOwnerOf(clock.clockId),
    }),
    stage: t.expose("stage", { type: StageEnum, nullable: true }),
    label: t.exposeString("label"),
    source: t.exposeString("source", { description: 'Where the timescale comes from, e.g. "SI 2006/1738 reg 14"' }),
    startedOn: t.expose("startedOn", { type: "Date" }),
    workingDays: t.exposeInt("workingDays"),
    dueOn: t.expose("dueOn", { type: "Date" }),
    stoppedOn: t.expose("stoppedOn", { type: "Date", nullable: true }),
    workingDaysElapsed: t.exposeInt("workingDaysElapsed"),
    daysPaused: t.exposeInt("daysPaused"),
    met: t.exposeBoolean("met", { nullable: true }),
    band: t.exposeString("band", { nullable: true }),
    overdue: t.boolean({
      description: "Still running and past its due date",
      resolve: (clock, _args, context) => clock.stoppedOn === null && clock.dueOn.toISOString().slice(0, 10) < context.asOf,
    }),
  }),
});
