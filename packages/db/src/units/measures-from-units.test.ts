import {
  type CaseFacts,
  computeMeasure,
  financialYear,
  type MeasureSpecInput,
  measureSpecSchema,
  METRIC_NAMES,
  parseMeasureSpec,
  type Period,
} from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RawReader } from "../case-facts-sql";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { ARBITRARY_TEAMS, caseArbFor } from "./case-arbitrary";
import { rollupCell } from "./measure-from-rollup";
import { unitWindow } from "./measure-from-units";
import { measuresFromUnits } from "./measures-from-units";
import { storeCountedUnits } from "./store-counted-units";

/**
 * measuresFromUnits: measures that differ only in their filter on one dimension share one statement, and each
 * result is exactly computeMeasure's for its own filter (random cases, random filter sets on a multi-valued
 * dimension, other filters and groupings beside it).
 */
const COUNCIL = "batch-prop";
const period: Period = financialYear(2021);
let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.create({ data: { id: COUNCIL, name: "Batch property council" } });
});

afterAll(async () => {
  await db?.stop();
});

async function storeCases(cases: readonly CaseFacts[]): Promise<void> {
  await db.prisma.$executeRaw`DELETE FROM case_record WHERE council_id = ${COUNCIL}`;
  await withCouncil(db.prisma, COUNCIL, async (tx) => {
    for (const [i, c] of cases.entries()) {
      await tx.$executeRaw`INSERT INTO case_record (council_id, id, reference, kind, received_on, status)
        VALUES (${COUNCIL}, ${c.id}::uuid, ${`B-${i}`}, ${c.kind}::feedback_kind, ${c.receivedOn}::date, 'open')`;
    }
    await storeCountedUnits(tx, cases);
  });
}

/** Counts the statements a reader is sent. */
function counting(db: RawReader): { reader: RawReader; statements: () => number } {
  let n = 0;
  return {
    reader: { $queryRaw: (query, ...values) => ((n += 1), db.$queryRaw(query, ...values)) },
    statements: () => n,
  };
}

const teamSet = fc.uniqueArray(fc.constantFrom(...ARBITRARY_TEAMS, "not_recorded"), { minLength: 1, maxLength: 3 });
const channelSet = fc.uniqueArray(fc.constantFrom("email", "phone", "not_recorded"), { minLength: 1, maxLength: 2 });
const batchArb = fc
  .record({
    metric: fc.constantFrom(...METRIC_NAMES),
    stage: fc.option(fc.constantFrom("stage1" as const, "stage2" as const), { nil: undefined }),
    groupBy: fc.option(fc.constantFrom(["stage"], ["outcome"], ["quarter"], ["reasonTheme", "month"]), { nil: undefined }),
    // The other filters sort before and after the one that varies, so the batch is found by what differs, not by name.
    other: fc.option(fc.constantFrom({ kind: ["complaint"] }, { quarter: ["2021/22 Q2", "2021/22 Q3"] }, { procedure: ["childrens_statutory"] }), {
      nil: undefined,
    }),
    varying: fc.oneof(
      fc.record({ key: fc.constant("team"), sets: fc.array(teamSet, { minLength: 2, maxLength: 5 }) }),
      fc.record({ key: fc.constant("channel"), sets: fc.array(channelSet, { minLength: 2, maxLength: 4 }) }),
    ),
  })
  .map(({ metric, stage, groupBy, other, varying }) =>
    varying.sets.map(
      (set) =>
        Object.fromEntries(
          Object.entries({ metric, stage, groupBy, filter: { ...other, [varying.key]: set } }).filter(([, v]) => v !== undefined),
        ) as unknown as MeasureSpecInput,
    ),
  )
  .filter((specs) => specs.every((s) => measureSpecSchema.safeParse(s).success));

/** Specs alike but for what they group by: nothing, a time dimension, one or two dimensions (stage-level ones too). */
const groupingArb = fc.constantFrom<readonly string[] | undefined>(
  undefined,
  ["quarter"],
  ["team"],
  ["outcome"],
  ["band"],
  ["team", "month"],
  ["stage", "outcome"],
  ["channel", "reasonTheme"],
);
const alikeArb = fc
  .record({
    metric: fc.constantFrom(...METRIC_NAMES),
    stage: fc.option(fc.constantFrom("stage1" as const, "stage2" as const), { nil: undefined }),
    filter: fc.option(fc.constantFrom({ kind: ["complaint"] }, { quarter: ["2021/22 Q2", "2021/22 Q3"] }, { team: ["T1", "T2"] }), {
      nil: undefined,
    }),
    bands: fc.option(fc.constant([3, 8]), { nil: undefined }),
    groupings: fc.uniqueArray(groupingArb, { minLength: 2, maxLength: 4, selector: (g) => JSON.stringify(g ?? null) }),
  })
  .map(({ groupings, ...rest }) =>
    groupings.map(
      (groupBy) => Object.fromEntries(Object.entries({ ...rest, groupBy }).filter(([, v]) => v !== undefined)) as unknown as MeasureSpecInput,
    ),
  )
  .filter((specs) => specs.every((s) => measureSpecSchema.safeParse(s).success));

/**
 * For random cases and each list of specs `specsArb` makes: every result equals computeMeasure's, and `statements`
 * checks how many statements they took. Returns how many lists `statements` found telling (it returns true), so a
 * test can check the property was not vacuous.
 */
async function eachExact(
  specsArb: fc.Arbitrary<MeasureSpecInput[]>,
  statements: (specs: readonly MeasureSpecInput[], sent: number) => boolean,
): Promise<number> {
  let telling = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(caseArbFor(COUNCIL), { maxLength: 20 }), specsArb, async (cases, specs) => {
      await storeCases(cases);
      const { got, sent } = await withCouncil(db.prisma, COUNCIL, async (tx) => {
        const count = counting(tx);
        return { got: await measuresFromUnits(count.reader, [COUNCIL], specs, period), sent: count.statements() };
      });
      specs.forEach((spec, i) => expect(got[i], JSON.stringify(spec)).toEqual(computeMeasure(cases, spec, period)));
      if (statements(specs, sent)) telling += 1;
    }),
    { numRuns: 60 },
  );
  return telling;
}

/** When the rollup answers none of the specs (it is asked only when rollupCell can answer), they took one statement. */
function inOneStatement(specs: readonly MeasureSpecInput[], sent: number): boolean {
  if (!specs.every((s) => rollupCell(parseMeasureSpec(s), period) === null)) return false;
  expect(sent).toBe(1);
  return true;
}

/** The rollup is asked for each spec it may answer; the rest take one statement per unit kind and window. */
function onePerWindow(specs: readonly MeasureSpecInput[], sent: number): boolean {
  const parsed = specs.map((s) => parseMeasureSpec(s));
  const fromUnits = parsed.filter((s) => rollupCell(s, period) === null);
  const windows = new Set(fromUnits.map((s) => JSON.stringify(unitWindow(s, period))));
  expect(sent).toBe(parsed.length - fromUnits.length + windows.size);
  return fromUnits.length > windows.size;
}

/** Unrelated measures of one period: any metric, stage, grouping and filter. */
const mixedArb = fc
  .array(
    fc.record({
      metric: fc.constantFrom(...METRIC_NAMES),
      stage: fc.option(fc.constantFrom("stage1" as const, "stage2" as const), { nil: undefined }),
      filter: fc.option(fc.constantFrom({ kind: ["complaint"] }, { team: ["T1", "T2"] }, { channel: ["email"] }), { nil: undefined }),
      groupBy: groupingArb,
    }),
    { minLength: 2, maxLength: 7 },
  )
  .map((specs) => specs.map((spec) => Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)) as unknown as MeasureSpecInput))
  .filter((specs) => specs.every((s) => measureSpecSchema.safeParse(s).success));

describe("measuresFromUnits", { timeout: 300_000 }, () => {
  it("equals computeMeasure for each of unrelated measures, one statement for the measures reading the same units", async () => {
    expect(await eachExact(mixedArb, onePerWindow)).toBeGreaterThan(0);
  });

  it("equals computeMeasure for each of measures alike but for what they group by, in one statement", async () => {
    expect(await eachExact(alikeArb, inOneStatement)).toBeGreaterThan(0);
  });

  it("equals computeMeasure for each of a batch of filters on one dimension, in one statement", async () => {
    expect(await eachExact(batchArb, inOneStatement)).toBeGreaterThan(0);
  });

  it("keeps the order of specs of different shapes, periods apart, and answers rollup specs from the rollup", async () => {
    const cases = fc.sample(caseArbFor(COUNCIL), { numRuns: 30, seed: 5 });
    await storeCases(cases);
    const specs: MeasureSpecInput[] = [
      { metric: "cases_received", filter: { team: ["T1", "T2"] } },
      { metric: "cases_received" },
      { metric: "stages_started", stage: "stage1", filter: { team: ["T1"] }, groupBy: ["stage"] },
      { metric: "cases_received", filter: { team: ["T3"] } },
      { metric: "cases_received", groupBy: ["team", "quarter"] },
      { metric: "stages_started", stage: "stage1", filter: { team: ["T2", "not_recorded"] }, groupBy: ["stage"] },
    ];
    const got = await withCouncil(db.prisma, COUNCIL, (tx) => measuresFromUnits(tx, [COUNCIL], specs, period));
    specs.forEach((spec, i) => expect(got[i], JSON.stringify(spec)).toEqual(computeMeasure(cases, spec, period)));
    expect(got.some((r) => r.base > 0)).toBe(true);
  });
});
