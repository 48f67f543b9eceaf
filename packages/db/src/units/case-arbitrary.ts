import { randomUUID } from "node:crypto";
import {
  addCalendarDays,
  addWorkingDays,
  type CaseFacts,
  caseFactsSchema,
  financialYear,
  fromDayNumber,
  type Stage,
  toDayNumber,
  workingDaysBetween,
} from "@csc/rules";
import fc from "fast-check";

/** Random case histories for the counted-unit property tests (measureFromUnits, measureFromRollup). */
const period = financialYear(2021);
const anyDay = fc.integer({ min: toDayNumber("2020-12-01"), max: toDayNumber("2022-05-31") }).map(fromDayNumber);
/** Days just before the snapshot metrics' days (the day before the period, its last day) come up often. */
export const snapshotDays = [addCalendarDays(period.start, -1), period.end];
const day = fc.oneof(
  anyDay,
  fc.integer({ min: -2, max: 1 }).chain((n) => fc.constantFrom(...snapshotDays.map((d) => addCalendarDays(d, n)))),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const TIMESCALES: Record<Stage, number> = { stage1: 10, stage2: 25, stage3: 30 };

export function stageFacts(stage: Stage, startedOn: string, took: number | null, extra: { extended: boolean; late: boolean; awaiting: boolean }) {
  const timescale = TIMESCALES[stage] + (extra.extended ? 10 : 0);
  const respondedOn = took === null ? null : addCalendarDays(startedOn, took);
  const taken = respondedOn === null ? null : workingDaysBetween(startedOn, respondedOn);
  return {
    stage,
    startedOn,
    timescaleWorkingDays: timescale,
    dueOn: addWorkingDays(startedOn, timescale),
    respondedOn,
    workingDaysTaken: taken,
    daysPaused: 0,
    extended: extra.extended,
    met: taken === null ? null : taken <= timescale,
    outcome: respondedOn ? ("upheld" as const) : null,
    localOutcome: respondedOn ? "UP" : null,
    lateRequest: extra.late,
    ...(stage === "stage2" ? { requestedOn: addCalendarDays(startedOn, -3) } : {}),
    ...(stage === "stage2" && extra.awaiting && respondedOn === null ? { awaitingStatement: true } : {}),
  };
}

const stageStep = fc.record({
  wait: fc.integer({ min: 0, max: 40 }),
  took: maybe(fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 2 }))),
  extended: fc.boolean(),
  late: fc.boolean(),
  awaiting: fc.boolean(),
});

/** The team codes the random cases are allocated to (a case may have none, one or several). */
export const ARBITRARY_TEAMS = ["T1", "T2", "T3"] as const;

export const caseArbFor = (councilId: string): fc.Arbitrary<CaseFacts> =>
  fc
    .record({
      receivedOn: day,
      kind: fc.constantFrom("complaint" as const, "complaint" as const, "compliment" as const, "member_enquiry" as const),
      channel: maybe(fc.constantFrom("email" as const, "phone" as const)),
      teams: fc.uniqueArray(fc.constantFrom(...ARBITRARY_TEAMS), { maxLength: 3 }),
      themes: fc.array(fc.constantFrom("delay" as const, "communication" as const), { maxLength: 3 }),
      steps: fc.array(stageStep, { maxLength: 3 }),
      ack: maybe(fc.boolean()),
      advocacy: maybe(fc.boolean()),
      child: fc.boolean(),
      withdrawnAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null, freq: 5 }),
      lgsco: fc.array(
        fc.record({
          after: fc.integer({ min: 0, max: 300 }),
          took: maybe(fc.integer({ min: 1, max: 60 })),
          decision: fc.constantFrom("upheld" as const, "not_upheld" as const, "premature" as const),
        }),
        { maxLength: 2 },
      ),
      local: maybe(fc.constantFrom("A", "B")),
    })
    .map((r) => {
      const stages = [];
      let start = r.receivedOn;
      for (const [i, step] of r.steps.entries()) {
        if (r.kind === "compliment") break;
        const name = (["stage1", "stage2", "stage3"] as const)[i] as Stage;
        const begins = i === 0 ? r.receivedOn : addCalendarDays(start, step.wait);
        const s = stageFacts(name, begins, step.took, step);
        stages.push(s);
        if (s.respondedOn === null) break;
        start = s.respondedOn;
      }
      const service = { T1: "children_in_care", T2: "fostering", T3: "adoption" } as const;
      return caseFactsSchema.parse({
        id: randomUUID(),
        councilId,
        kind: r.kind,
        procedure: "childrens_statutory",
        receivedOn: r.receivedOn,
        channel: r.channel,
        localChannel: r.channel?.toUpperCase() ?? null,
        complainantRelationship: "parent",
        localComplainantType: null,
        madeByChild: r.child,
        advocacy: { offered: r.advocacy, taken: r.advocacy === true ? true : null, provider: null },
        teams: r.teams.map((code) => ({ code, serviceArea: service[code as keyof typeof service] })),
        reasons: r.themes.map((theme, i) => ({ category: i === 0 ? "CAT" : null, reason: null, theme })),
        acknowledgement: { dueOn: null, acknowledgedOn: r.ack === null ? null : addCalendarDays(r.receivedOn, 2), met: r.ack },
        notConsidered: null,
        stages,
        withdrawnOn: r.withdrawnAfter === null ? null : addCalendarDays(r.receivedOn, r.withdrawnAfter),
        closedOn: null,
        lgsco: r.lgsco.map((l) => {
          const referredOn = addCalendarDays(r.receivedOn, l.after);
          return {
            referredOn,
            decidedOn: l.took === null ? null : addCalendarDays(referredOn, l.took),
            decision: l.took ? l.decision : null,
            localDecision: null,
          };
        }),
        localDimensions: r.local ? { cause: r.local } : {},
      });
    });
