import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../migrate";
import { migrationNames } from "../migration-names";
import { seedDemo } from "../seed/seed";
import { startTestDatabase, type TestDatabase } from "../testing";

/**
 * An existing database migrated to the rollup's pairs of dimensions (1770300000001): the pairs' rows it adds from
 * the stored units are exactly those the counted units' trigger writes on a fresh store, and the rest of the rollup
 * is untouched; its Down section removes them.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemo(db.prisma);
});
afterAll(async () => db?.stop());

const rollup = (where: string) =>
  db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT council_id, unit, stage, metric, basis, month, dim, dim_value, days, base::int, hits::int, value_sum::float8, value_count::int
     FROM counted_unit_rollup WHERE ${where} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  );

describe("the rollup's pairs of dimensions on an existing database", () => {
  it("adds the pairs' rows a fresh store writes, leaves the other rows, and its Down section removes them", async () => {
    const pairs = await rollup("dim = 'kind&madeByChild'");
    const others = await rollup("dim <> 'kind&madeByChild'");
    expect(pairs.length).toBeGreaterThan(0);
    await db.prisma.$disconnect();
    const since = migrationNames().filter((name) => name >= "1770300000001_rollup-children-complaints");
    expect(await migrate(db.url, { direction: "down", count: since.length })).toEqual([...since].reverse());
    expect(await rollup("dim = 'kind&madeByChild'")).toEqual([]);
    expect(await rollup("dim <> 'kind&madeByChild'")).toEqual(others);
    expect(await migrate(db.url)).toEqual(since);
    expect(await rollup("dim = 'kind&madeByChild'")).toEqual(pairs);
    expect(await rollup("dim <> 'kind&madeByChild'")).toEqual(others);
  });
});
