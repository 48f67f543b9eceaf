import { randomUUID } from "node:crypto";
import { type CaseFacts, computeMeasure, financialYear, type MeasureSpecInput, parseMeasureSpec, type Period } from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { loadCaseFactsByIds } from "../case-facts-sql";
import { caseArbFor } from "./case-arbitrary";
import { measureFromRollup, rollupCell } from "./measure-from-rollup";
import { rollupTestSpecs } from "./rollup-test-specs";
import { rebuildCountedUnits, storeCountedUnits } from "./store-counted-units";

/**
 * The rollup (counted_unit_rollup, kept by triggers on counted_unit) answers exactly what the units and
 * computeMeasure answer, for random case histories, after cases are stored, edited, deleted and rebuilt; and a
 * council's rollup rows are invisible to another council.
 */
const COUNCIL = "rollup-prop";
const OTHER = "rollup-other";
const periods: Period[] = [financialYear(2021), { start: "2021-06-01", end: "2021-06-30" }];
let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.createMany({ data: [COUNCIL, OTHER].map((id) => ({ id, name: id })) });
});

afterAll(async () => {
  await db?.stop();
});

const specs: MeasureSpecInput[] = rollupTestSpecs();

async function insertCases(councilId: string, cases: readonly CaseFacts[]): Promise<void> {
  await withCouncil(db.prisma, councilId, async (tx) => {
    for (const c of cases) {
      await tx.$executeRaw`INSERT INTO case_record (council_id, id, reference, kind, received_on, status)
        VALUES (${councilId}, ${c.id}::uuid, ${`R-${c.id}`}, ${c.kind}::feedback_kind, ${c.receivedOn}::date, 'open')`;
    }
    await storeCountedUnits(tx, cases);
  });
}

async function expectRollupEqualsReference(cases: readonly CaseFacts[]): Promise<number> {
  return withCouncil(db.prisma, COUNCIL, async (tx) => {
    let answered = 0;
    for (const period of periods) {
      for (const input of specs) {
        const rolled = await measureFromRollup(tx, [COUNCIL], parseMeasureSpec(input), period);
        if (rolled === null) continue;
        answered += 1;
        expect(rolled, JSON.stringify({ input, period })).toEqual(computeMeasure(cases, input, period));
      }
    }
    return answered;
  });
}

describe("rollupCell", () => {
  it("answers a working-day limit, one rolled-up dimension or a filter to one of its values, time dimensions, and nothing more", () => {
    const cell = (input: MeasureSpecInput) => rollupCell(parseMeasureSpec(input), periods[0] as Period);
    expect(cell({ metric: "percent_within_timescale", stage: "stage1", withinWorkingDays: 10 })?.limit).toEqual({ workingDays: 10, counts: "all" });
    expect(cell({ metric: "cases_completed", stage: "stage1", groupBy: ["outcome"] })?.dim).toEqual({ key: "outcome", value: null });
    expect(cell({ metric: "cases_received", filter: { kind: ["complaint"] } })?.dim).toEqual({ key: "kind", value: "complaint" });
    expect(cell({ metric: "reasons", groupBy: ["reasonTheme"] })?.dim).toEqual({ key: "reasonTheme", value: null });
    expect(cell({ metric: "cases_received", groupBy: ["team", "quarter"] })).toMatchObject({
      dim: { key: "team", value: null },
      groupBy: ["team", "quarter"],
    });
    expect(cell({ metric: "cases_received", groupBy: ["month"], filter: { kind: ["complaint"], quarter: ["2021/22 Q1"] } })).toMatchObject({
      dim: { key: "kind", value: "complaint" },
      timeFilters: [["quarter", ["2021/22 Q1"]]],
    });
    expect(cell({ metric: "cases_received", groupBy: ["channel"] })).toBeNull();
    expect(cell({ metric: "cases_received", groupBy: ["team", "kind"] })).toBeNull();
    expect(cell({ metric: "cases_received", groupBy: ["quarter"], filter: { team: ["T1", "T2"] } })).toBeNull();
    expect(cell({ metric: "cases_completed", groupBy: ["team"] })).toBeNull();
    expect(cell({ metric: "cases_received", filter: { kind: ["complaint"] }, groupBy: ["kind"] })).toBeNull();
    expect(cell({ metric: "percent_within_timescale", stage: "stage1", withinWorkingDays: 10, groupBy: ["outcome"] })).toBeNull();
    expect(rollupCell(parseMeasureSpec({ metric: "cases_received" }), { start: "2021-04-01", end: "2021-04-29" })).toBeNull();
  });
});

describe("measureFromRollup equals computeMeasure", { timeout: 300_000 }, () => {
  it("after cases are stored, edited, deleted and rebuilt", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArbFor(COUNCIL), { maxLength: 15 }),
        fc.array(caseArbFor(COUNCIL), { maxLength: 5 }),
        fc.nat(),
        async (cases, edits, drop) => {
          await db.prisma.$executeRaw`DELETE FROM case_record WHERE council_id = ${COUNCIL}`;
          await insertCases(COUNCIL, cases);
          expect(await expectRollupEqualsReference(cases)).toBeGreaterThan(0);

          // Edit: some cases get new facts (same ids), stored again in one transaction.
          const edited = cases.map((c, i) => (edits[i] ? { ...edits[i], id: c.id } : c));
          await withCouncil(db.prisma, COUNCIL, (tx) => storeCountedUnits(tx, edited));
          await expectRollupEqualsReference(edited);

          // Delete one case: its units go by cascade.
          const kept = edited.filter((_, i) => i !== drop % Math.max(edited.length, 1));
          const gone = edited.find((c) => !kept.includes(c));
          if (gone) await withCouncil(db.prisma, COUNCIL, (tx) => tx.$executeRaw`DELETE FROM case_record WHERE id = ${gone.id}::uuid`);
          await expectRollupEqualsReference(kept);

          // Update a case (the invalidation trigger deletes its units; withCouncil rebuilds them from the stored
          // facts), then lose every unit and rebuild them all (rebuildCountedUnits, as at start-up after a rules
          // change): the reference is now computeMeasure over the facts as stored.
          const ids = kept.map((c) => c.id);
          await withCouncil(db.prisma, COUNCIL, async (tx) => {
            if (ids[0]) await tx.$executeRaw`UPDATE case_record SET reference = reference || '-e' WHERE id = ${ids[0]}::uuid`;
          });
          const stored = await withCouncil(db.prisma, COUNCIL, (tx) => loadCaseFactsByIds(tx, COUNCIL, ids));
          await expectRollupEqualsReference(kept.map((c, i) => (i === 0 ? (stored.find((f) => f.id === c.id) ?? c) : c)));
          await db.prisma.$executeRaw`DELETE FROM counted_unit WHERE council_id = ${COUNCIL}`;
          const emptied = await withCouncil(
            db.prisma,
            COUNCIL,
            (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM counted_unit_rollup WHERE base <> 0 OR hits <> 0 OR value_sum <> 0`,
          );
          expect(emptied[0]?.n).toBe(0);
          expect(await withCouncil(db.prisma, COUNCIL, (tx) => rebuildCountedUnits(tx, COUNCIL))).toBe(ids.length);
          await expectRollupEqualsReference(stored);
        },
      ),
      { numRuns: 10, endOnFailure: true },
    );
  });

  it("keeps a council's rollup rows from another council", async () => {
    const mine = fc.sample(caseArbFor(OTHER), { numRuns: 10, seed: 3 }).map((c) => ({ ...c, id: randomUUID() }));
    await insertCases(OTHER, mine);
    const rows = await withCouncil(
      db.prisma,
      COUNCIL,
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM counted_unit_rollup WHERE council_id = ${OTHER}`,
    );
    expect(rows[0]?.n).toBe(0);
    const own = await withCouncil(
      db.prisma,
      OTHER,
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM counted_unit_rollup WHERE council_id = ${OTHER}`,
    );
    expect(own[0]?.n).toBeGreaterThan(0);
    // And the gateway role may not write it: only the counted_unit triggers do.
    await expect(
      withCouncil(db.prisma, OTHER, (tx) => tx.$executeRaw`DELETE FROM counted_unit_rollup WHERE council_id = ${OTHER}`),
    ).rejects.toThrow();
  });
});
