import {
  addCalendarDays,
  type CaseFacts,
  caseFactsSchema,
  computeMeasure,
  DIMENSION_NAMES,
  financialYear,
  fromDayNumber,
  type MeasureSpecInput,
  measureSpecSchema,
  METRIC_NAMES,
  type Period,
  toDayNumber,
} from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { measureFromUnits } from "./measure-from-units";
import { storeCountedUnits } from "./store-counted-units";
import { caseArbFor, snapshotDays, stageFacts } from "./case-arbitrary";

const caseArb = caseArbFor("units-prop");

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

  it("with the stored span or with every span open-ended, for random periods: the span prefilter drops no unit", async () => {
    // A day from a month before the cases' first to a month after their last, and up to 400 days on.
    const periodArb: fc.Arbitrary<Period> = fc
      .tuple(fc.integer({ min: toDayNumber("2020-11-01"), max: toDayNumber("2022-06-30") }), fc.integer({ min: 0, max: 400 }))
      .map(([start, days]) => ({ start: fromDayNumber(start), end: fromDayNumber(start + days) }));
    const measureAll = (specs: readonly MeasureSpecInput[], p: Period) =>
      withCouncil(db.prisma, COUNCIL, async (tx) => {
        const results = [];
        for (const spec of specs) results.push(await measureFromUnits(tx, [COUNCIL], spec, p));
        return results;
      });
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { minLength: 1, maxLength: 20 }),
        fc.array(specArb, { minLength: 1, maxLength: 6 }),
        periodArb,
        async (cases, specs, p) => {
          await storeCases(cases);
          // The units' spans are real ones (not all open-ended), else the comparison below would prove nothing.
          const [bounded] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM counted_unit
            WHERE council_id = ${COUNCIL} AND NOT (span_from = '-infinity' AND span_to = 'infinity')`;
          expect(bounded?.n).toBeGreaterThan(0);
          const withSpan = await measureAll(specs, p);
          await db.prisma.$executeRaw`UPDATE counted_unit SET span_from = '-infinity', span_to = 'infinity' WHERE council_id = ${COUNCIL}`;
          expect(withSpan, JSON.stringify({ specs, p })).toEqual(await measureAll(specs, p));
        },
      ),
      { numRuns: 60 },
    );
  });
});
