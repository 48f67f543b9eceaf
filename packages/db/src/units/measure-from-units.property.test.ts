import { randomUUID } from "node:crypto";
import {
  addCalendarDays,
  addWorkingDays,
  type CaseFacts,
  caseFactsSchema,
  computeMeasure,
  DIMENSION_NAMES,
  financialYear,
  fromDayNumber,
  type MeasureSpecInput,
  measureSpecSchema,
  METRIC_NAMES,
  type Stage,
  toDayNumber,
  workingDaysBetween,
} from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { measureFromUnits } from "./measure-from-units";
import { storeCountedUnits } from "./store-counted-units";

/**
 * The SQL path equals the reference: for random case histories stored as counted units in a real PostgreSQL and
 * random measure specs (every metric, snapshot ones included, withinWorkingDays limits and custom bands), measureFromUnits gives exactly what computeMeasure gives over the same CaseFacts.
 */
const COUNCIL = "units-prop";
const period = financialYear(2021);
let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.create({ data: { id: COUNCIL, name: "Units property council" } });
});

afterAll(async () => {
  await db?.stop();
});

const anyDay = fc.integer({ min: toDayNumber("2020-12-01"), max: toDayNumber("2022-05-31") }).map(fromDayNumber);
/** Days just before the snapshot metrics' days (the day before the period, its last day) come up often. */
const snapshotDays = [addCalendarDays(period.start, -1), period.end];
const day = fc.oneof(
  anyDay,
  fc.integer({ min: -2, max: 1 }).chain((n) => fc.constantFrom(...snapshotDays.map((d) => addCalendarDays(d, n)))),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const TIMESCALES: Record<Stage, number> = { stage1: 10, stage2: 25, stage3: 30 };

function stageFacts(stage: Stage, startedOn: string, took: number | null, extra: { extended: boolean; late: boolean; awaiting: boolean }) {
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

const caseArb: fc.Arbitrary<CaseFacts> = fc
  .record({
    receivedOn: day,
    kind: fc.constantFrom("complaint" as const, "complaint" as const, "compliment" as const, "member_enquiry" as const),
    channel: maybe(fc.constantFrom("email" as const, "phone" as const)),
    teams: fc.uniqueArray(fc.constantFrom("T1", "T2", "T3"), { maxLength: 3 }),
    themes: fc.array(fc.constantFrom("delay" as const, "communication" as const), { maxLength: 3 }),
    steps: fc.array(stageStep, { maxLength: 3 }),
    ack: maybe(fc.boolean()),
    advocacy: maybe(fc.boolean()),
    withdrawnAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null, freq: 5 }),
    lgsco: fc.array(fc.record({ after: fc.integer({ min: 0, max: 300 }), took: maybe(fc.integer({ min: 1, max: 60 })) }), { maxLength: 2 }),
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
      councilId: COUNCIL,
      kind: r.kind,
      procedure: "childrens_statutory",
      receivedOn: r.receivedOn,
      channel: r.channel,
      localChannel: r.channel?.toUpperCase() ?? null,
      complainantRelationship: "parent",
      localComplainantType: null,
      madeByChild: false,
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
          decision: l.took ? "upheld" : null,
          localDecision: null,
        };
      }),
      localDimensions: r.local ? { cause: r.local } : {},
    });
  });

const dimensionArb = fc.constantFrom(...DIMENSION_NAMES, "local:cause" as const, "band" as const, "band" as const, "stage" as const);
const specArb: fc.Arbitrary<MeasureSpecInput> = fc
  .record({
    metric: fc.constantFrom(...METRIC_NAMES),
    basis: fc.option(fc.constantFrom("received" as const, "completed" as const), { nil: undefined }),
    stage: fc.option(fc.constantFrom("stage1" as const, "stage2" as const, "stage3" as const), { nil: undefined, freq: 3 }),
    groupBy: fc.option(fc.uniqueArray(dimensionArb, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 4 }),
    filter: fc.option(
      fc.dictionary(
        dimensionArb,
        fc.uniqueArray(
          fc.constantFrom("true", "stage1", "delay", "T1", "A", "not_recorded", "2021-06", "2021/22 Q2", "upheld", "within_8", "over_30", "open"),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        { maxKeys: 1 },
      ),
      { nil: undefined, freq: 3 },
    ),
    stage2From: fc.option(fc.constantFrom("agreed_statement" as const, "request" as const), { nil: undefined, freq: 3 }),
    includeEmpty: fc.option(fc.boolean(), { nil: undefined }),
    withinWorkingDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined, freq: 2 }),
    bands: fc.option(fc.constantFrom([8], [3, 8, 30], [10, 20, 40]), { nil: undefined, freq: 2 }),
    share: fc.option(fc.constant(true), { nil: undefined, freq: 4 }),
  })
  .map((spec) => Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)) as unknown as MeasureSpecInput)
  .filter((spec) => measureSpecSchema.safeParse(spec).success);

async function storeCases(cases: readonly CaseFacts[]): Promise<void> {
  await db.prisma.$executeRaw`DELETE FROM case_record WHERE council_id = ${COUNCIL}`;
  await withCouncil(db.prisma, COUNCIL, async (tx) => {
    for (const [i, c] of cases.entries()) {
      await tx.$executeRaw`INSERT INTO case_record (council_id, id, reference, kind, received_on, status)
        VALUES (${COUNCIL}, ${c.id}::uuid, ${`P-${i}`}, ${c.kind}::feedback_kind, ${c.receivedOn}::date, 'open')`;
    }
    await storeCountedUnits(tx, cases);
  });
}

describe("measureFromUnits equals computeMeasure", { timeout: 300_000 }, () => {
  it("for random case histories and random specs", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { maxLength: 20 }), fc.array(specArb, { minLength: 1, maxLength: 8 }), async (cases, specs) => {
        await storeCases(cases);
        for (const spec of specs) {
          const sql = await withCouncil(db.prisma, COUNCIL, (tx) => measureFromUnits(tx, [COUNCIL], spec, period));
          expect(sql, JSON.stringify(spec)).toEqual(computeMeasure(cases, spec, period));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("for snapshot metrics on the days cases and stages open and close", async () => {
    // Every case opens or ends on, or a day either side of, the snapshot days (day before the period, its last day).
    const edges = snapshotDays.flatMap((d) => [-1, 0, 1].map((n) => addCalendarDays(d, n)));
    const cases = fc.sample(caseArb, { numRuns: 60, seed: 11 }).map((c, i) => {
      const received = edges[i % edges.length] as string;
      const took = Math.floor(i / edges.length) % 3;
      const stages = c.kind === "compliment" ? [] : [stageFacts("stage1", received, took, { extended: false, late: false, awaiting: false })];
      if (i % 4 === 0 && stages.length)
        stages.push(stageFacts("stage2", addCalendarDays(received, took + (i % 2)), null, { extended: false, late: false, awaiting: false }));
      return caseFactsSchema.parse({ ...c, receivedOn: received, stages, withdrawnOn: null, lgsco: [] });
    });
    await storeCases(cases);
    for (const metric of ["open_at_start", "open_at_end"] as const) {
      for (const spec of [
        { metric },
        { metric, stage: "stage1" },
        { metric, groupBy: ["stage", "outcome"] },
        { metric, stage: "stage2", groupBy: ["band"] },
      ]) {
        const sql = await withCouncil(db.prisma, COUNCIL, (tx) => measureFromUnits(tx, [COUNCIL], spec as MeasureSpecInput, period));
        const reference = computeMeasure(cases, spec as MeasureSpecInput, period);
        expect(reference.base).toBeGreaterThan(0);
        expect(sql, JSON.stringify(spec)).toEqual(reference);
      }
    }
  });
});
