import { randomUUID } from "node:crypto";
import { type CaseFacts, computeMeasure, financialYear, type MeasureSpecInput, METRIC_NAMES, parseMeasureSpec, type Period } from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { withPlatform } from "../with-platform";
import { caseArbFor } from "./case-arbitrary";
import { rollupCell } from "./measure-from-rollup";
import { rollupMeasures } from "./rollup-measures";
import { storeCountedUnits } from "./store-counted-units";

/**
 * rollupMeasures reads many councils' rollup sums in one statement (compare_rollup, SECURITY DEFINER, EXECUTE for
 * csc_platform only) and answers what computeMeasure answers over each council's own cases; the function returns
 * only sums, and a council session can neither call it nor read another council's rollup rows.
 */
const COUNCILS = ["compare-a", "compare-b"] as const;
const period: Period = financialYear(2021);
let db: TestDatabase;
const cases = new Map<string, CaseFacts[]>();

const specs: MeasureSpecInput[] = METRIC_NAMES.flatMap((metric) =>
  [undefined, "stage1", "stage2", "stage3"].flatMap((stage) =>
    (["received", "completed"] as const).map((basis) => ({ metric, basis, ...(stage ? { stage } : {}) }) as MeasureSpecInput),
  ),
).filter((s) => {
  try {
    return rollupCell(parseMeasureSpec(s), period) !== null;
  } catch {
    return false;
  }
});

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.createMany({ data: COUNCILS.map((id) => ({ id, name: id })) });
  for (const [i, councilId] of COUNCILS.entries()) {
    const mine = fc.sample(caseArbFor(councilId), { numRuns: 25, seed: 11 + i }).map((c) => ({ ...c, id: randomUUID() }));
    await withCouncil(db.prisma, councilId, async (tx) => {
      for (const c of mine) {
        await tx.$executeRaw`INSERT INTO case_record (council_id, id, reference, kind, received_on, status)
          VALUES (${councilId}, ${c.id}::uuid, ${`R-${c.id}`}, ${c.kind}::feedback_kind, ${c.receivedOn}::date, 'open')`;
      }
      await storeCountedUnits(tx, mine);
    });
    cases.set(councilId, mine);
  }
}, 120_000);

afterAll(async () => {
  await db?.stop();
});

describe("rollupMeasures", { timeout: 120_000 }, () => {
  it("answers every rollup spec for every council as computeMeasure does over that council's cases", async () => {
    expect(specs.length).toBeGreaterThan(10);
    const measure = await withPlatform(db.prisma, (tx) => rollupMeasures(tx, COUNCILS, specs, period));
    let nonZero = 0;
    for (const councilId of COUNCILS) {
      for (const spec of specs) {
        const got = measure(councilId, spec);
        expect(got, JSON.stringify({ councilId, spec })).toEqual(computeMeasure(cases.get(councilId) ?? [], spec, period));
        if ((got?.base ?? 0) > 0) nonZero += 1;
      }
    }
    expect(nonZero).toBeGreaterThan(0);
    expect(measure("compare-a", { metric: "cases_received", groupBy: ["outcome"] })).toBeNull();
  });

  it("compare_rollup returns only sums per council, unit, stage, metric key and basis", async () => {
    const [keys] = await db.prisma.$queryRaw<{ keys: string[] }[]>`SELECT array_agg(DISTINCT metric) AS keys FROM counted_unit_rollup`;
    const rows = await withPlatform(
      db.prisma,
      (tx) =>
        tx.$queryRaw<
          Record<string, unknown>[]
        >`SELECT * FROM compare_rollup(${[...COUNCILS]}::text[], ${keys?.keys ?? []}::text[], '2021-04', '2022-03')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["base", "basis", "council_id", "hits", "metric", "stage", "unit", "value_sum"]);
    }
    const columns = await db.prisma.$queryRaw<{ name: string }[]>`SELECT unnest(proargnames) AS name FROM pg_proc WHERE proname = 'compare_rollup'`;
    expect(columns.map((c) => c.name)).not.toContain("case_id");
  });

  it("a council session cannot call compare_rollup and still reads no other council's rollup rows", async () => {
    await expect(
      withCouncil(db.prisma, "compare-a", (tx) => tx.$queryRaw`SELECT * FROM compare_rollup(ARRAY['compare-b'], ARRAY['x'], '2021-04', '2022-03')`),
    ).rejects.toThrow(/permission denied/);
    const other = await withCouncil(
      db.prisma,
      "compare-a",
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM counted_unit_rollup WHERE council_id = 'compare-b'`,
    );
    expect(other[0]?.n).toBe(0);
  });
});
