import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../migrate";
import { migrationNames } from "../migration-names";
import { seedDemo } from "../seed/seed";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { caseArbFor } from "./case-arbitrary";
import { storeCountedUnits } from "./store-counted-units";

/**
 * An existing database migrated to the rollup's new rows (1770300000001: the pairs of dimensions; 1770300000002: the
 * LGSCO decisions): the rows each migration adds from the stored units are exactly those the counted units' trigger
 * writes on a fresh store, and the rest of the rollup is untouched; each Down section removes its rows.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemo(db.prisma);
  // Random cases besides the demo's, with LGSCO referrals and their decisions.
  const councilId = "migration-a";
  await db.prisma.council.create({ data: { id: councilId, name: councilId } });
  const cases = fc.sample(caseArbFor(councilId), { numRuns: 40, seed: 7 }).map((c) => ({ ...c, id: randomUUID() }));
  await withCouncil(db.prisma, councilId, async (tx) => {
    for (const c of cases) {
      await tx.$executeRaw`INSERT INTO case_record (council_id, id, reference, kind, received_on, status)
        VALUES (${councilId}, ${c.id}::uuid, ${`R-${c.id}`}, ${c.kind}::feedback_kind, ${c.receivedOn}::date, 'open')`;
    }
    await storeCountedUnits(tx, cases);
  });
}, 120_000);
afterAll(async () => db?.stop());

const rollup = (where: string, dim: string) =>
  db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT council_id, unit, stage, metric, basis, month, dim, dim_value, days, base::int, hits::int, value_sum::float8, value_count::int
     FROM counted_unit_rollup WHERE dim ${where} $1 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    dim,
  );

describe("the rollup's new rows on an existing database", { timeout: 120_000 }, () => {
  for (const [migration, dim] of [
    ["1770300000001_rollup-children-complaints", "kind&madeByChild"],
    ["1770300000002_rollup-lgsco-decisions", "lgscoDecision"],
  ] as const) {
    it(`${migration} adds the ${dim} rows a fresh store writes, leaves the other rows, and its Down section removes them`, async () => {
      const added = await rollup("=", dim);
      const others = await rollup("<>", dim);
      expect(added.length).toBeGreaterThan(0);
      await db.prisma.$disconnect();
      const since = migrationNames().filter((name) => name >= migration);
      expect(await migrate(db.url, { direction: "down", count: since.length })).toEqual([...since].reverse());
      expect(await rollup("=", dim)).toEqual([]);
      expect(await migrate(db.url)).toEqual(since);
      expect(await rollup("=", dim)).toEqual(added);
      expect(await rollup("<>", dim)).toEqual(others);
    });
  }
});
