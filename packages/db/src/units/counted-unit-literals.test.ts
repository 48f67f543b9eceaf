import { randomUUID } from "node:crypto";
import type { CaseFacts } from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { transactionConnection } from "../transaction-connection";
import { withCouncil } from "../with-council";
import { caseArbFor } from "./case-arbitrary";
import { countedUnitLiterals, prepareCountedUnits, storePreparedCountedUnits } from "./store-counted-units";

/**
 * countedUnitLiterals (the import's worker thread writes each units column as its array literal) stores exactly
 * the units, and so the rollup, that the columns as arrays store.
 */
const COUNCIL = "literals";
let db: TestDatabase;
let cases: CaseFacts[];

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.create({ data: { id: COUNCIL, name: COUNCIL } });
  cases = fc.sample(caseArbFor(COUNCIL), { numRuns: 40, seed: 11 }).map((c) => ({ ...c, id: randomUUID() }));
  await withCouncil(db.prisma, COUNCIL, async (tx) => {
    for (const c of cases) {
      await tx.$executeRaw`INSERT INTO case_record (council_id, id, reference, kind, received_on, status)
        VALUES (${COUNCIL}, ${c.id}::uuid, ${`R-${c.id}`}, ${c.kind}::feedback_kind, ${c.receivedOn}::date, 'open')`;
    }
  });
});

afterAll(async () => {
  await db?.stop();
});

/** The council's units and rollup rows after storing its cases' units one way, then rolled back. */
async function storedWith(literals: boolean): Promise<{ units: unknown[]; rollup: unknown[] }> {
  const rolledBack = new Error("rolled back");
  let seen: { units: unknown[]; rollup: unknown[] } | null = null;
  await withCouncil(db.prisma, COUNCIL, async (tx) => {
    const prepared = prepareCountedUnits(cases);
    await storePreparedCountedUnits(await transactionConnection(tx), literals ? countedUnitLiterals(prepared) : prepared);
    seen = {
      units: await tx.$queryRaw`SELECT case_id::text, unit, item, stage::text, stages_reached::text, metrics, dims, stages, open,
        span_from::text, span_to::text FROM counted_unit ORDER BY case_id, unit, item`,
      rollup: await tx.$queryRaw`SELECT * FROM counted_unit_rollup ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    };
    throw rolledBack;
  }).catch((error: unknown) => {
    if (error !== rolledBack) throw error;
  });
  if (!seen) throw new Error("nothing stored");
  return seen;
}

describe("countedUnitLiterals", () => {
  it("writes each column as the array literal node-postgres sends for it", () => {
    const prepared = prepareCountedUnits(cases.slice(0, 3));
    const literals = countedUnitLiterals(prepared);
    expect(typeof literals.columns.metrics).toBe("string");
    expect(literals.columns.metrics).toMatch(/^\{"\{\\"/);
    expect(literals.cases).toEqual(prepared.cases);
  });

  it("stores the same units as the arrays, with stage nulls, quotes in JSON and every column", async () => {
    const asArrays = await storedWith(false);
    const asLiterals = await storedWith(true);
    expect(asArrays.units.length).toBeGreaterThan(cases.length);
    expect(asArrays.rollup.length).toBeGreaterThan(0);
    expect(asLiterals).toEqual(asArrays);
  });
});
