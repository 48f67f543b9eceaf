import { randomUUID } from "node:crypto";
import { type CaseFacts, computeMeasure, financialYear, type MeasureSpecInput, parseMeasureSpec, type Period } from "@csc/rules";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { withPlatform } from "../with-platform";
import { caseArbFor } from "./case-arbitrary";
import { byMonth, pairDimension, ROLLUP_DIMENSIONS, ROLLUP_PAIRS, rollupCell } from "./measure-from-rollup";
import { rollupMeasures } from "./rollup-measures";
import { rollupTestSpecs } from "./rollup-test-specs";
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

/** The specs compare_rollup answers: the rollup's, but its sums are over the months, so none by a time dimension. */
const specs: MeasureSpecInput[] = rollupTestSpecs().filter((s) => {
  const cell = rollupCell(parseMeasureSpec(s), period);
  return cell !== null && !byMonth(cell);
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
    // Limits, one-dimension groupings and one-value filters are among them (the comparison's metrics need them).
    expect(specs.some((s) => s.withinWorkingDays !== undefined)).toBe(true);
    expect(specs.some((s) => (s.groupBy?.length ?? 0) > 0)).toBe(true);
    expect(specs.some((s) => s.filter !== undefined)).toBe(true);
    // A pair's filters too (complaints made by children: the comparison's children_complaints_share).
    expect(specs.some((s) => s.filter?.madeByChild !== undefined && s.filter.kind !== undefined)).toBe(true);
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
    const children = measure("compare-a", { metric: "cases_received", filter: { kind: ["complaint"], madeByChild: ["true"] } });
    expect(children?.total).toBeGreaterThan(0);
    expect(measure("compare-a", { metric: "cases_received", groupBy: ["outcome"] })).toBeNull();
    expect(measure("compare-a", { metric: "cases_received", groupBy: ["team", "quarter"] })).toBeNull();
    expect(measure("compare-a", { metric: "cases_completed", groupBy: ["outcome", "channel"] })).toBeNull();
    expect(measure("compare-a", { metric: "cases_received", filter: { kind: ["complaint", "comment"] } })).toBeNull();
    expect(measure("compare-a", { metric: "cases_received", filter: { kind: ["complaint"], madeByChild: ["yes", "no"] } })).toBeNull();
    expect(measure("compare-a", { metric: "cases_received", filter: { kind: ["complaint"], team: ["t1"] } })).toBeNull();
    expect(measure("compare-a", { metric: "cases_received", filter: { madeByChild: ["yes"] }, groupBy: ["kind"] })).toBeNull();
    expect(measure("compare-a", { metric: "percent_within_timescale", withinWorkingDays: 10, groupBy: ["outcome"] })).toBeNull();
  });

  it("holds a row per value of exactly the dimensions ROLLUP_DIMENSIONS names and the pairs ROLLUP_PAIRS names, and per working days only for limit keys", async () => {
    const dims = await db.prisma.$queryRaw<{ metric: string; dim: string }[]>`SELECT DISTINCT metric, dim FROM counted_unit_rollup
      WHERE dim <> '' ORDER BY 1, 2`;
    const expected = [
      ...Object.entries(ROLLUP_DIMENSIONS).flatMap(([metric, keys]) => (keys ?? []).map((dim) => ({ metric, dim }))),
      ...Object.entries(ROLLUP_PAIRS).flatMap(([metric, pairs]) => (pairs ?? []).map((pair) => ({ metric, dim: pairDimension(pair) }))),
    ];
    expect(dims).toEqual(expected.sort((a, b) => a.metric.localeCompare(b.metric) || a.dim.localeCompare(b.dim)));
    const [days] = await db.prisma.$queryRaw<{ limited: number; others: number }[]>`SELECT
        count(*) FILTER (WHERE days >= 0 AND metric NOT LIKE '%|w%')::int AS others,
        count(*) FILTER (WHERE days >= 0 AND metric LIKE '%|w%')::int AS limited
      FROM counted_unit_rollup`;
    expect(days).toEqual({ limited: expect.any(Number) as number, others: 0 });
    expect(days?.limited).toBeGreaterThan(0);
  });

  it("compare_rollup returns only sums per council, unit, stage, metric key, basis, dimension value and working days", async () => {
    type Cells = { units: string[]; stages: string[]; metrics: string[]; bases: string[] };
    const [all] = await db.prisma.$queryRaw<Cells[]>`SELECT array_agg(unit) AS units, array_agg(stage) AS stages,
        array_agg(metric) AS metrics, array_agg(basis) AS bases
      FROM (SELECT DISTINCT unit, stage, metric, basis FROM counted_unit_rollup) c`;
    const read = (c: Cells) =>
      withPlatform(
        db.prisma,
        (tx) =>
          tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM compare_rollup(${[...COUNCILS]}::text[], ${c.units}::text[],
            ${c.stages}::text[], ${c.metrics}::text[], ${c.bases}::text[], ARRAY['kind'], '2021-04', '2022-03')`,
      );
    const rows = await read(all as Cells);
    // Only the cells asked for: one cell gives that cell's rows alone.
    const one = await read({ units: ["case"], stages: ["*"], metrics: ["cases_received"], bases: ["r"] });
    expect(one.length).toBeGreaterThan(0);
    expect(new Set(one.map((r) => [r.unit, r.stage, r.metric, r.basis].join(" ")))).toEqual(new Set(["case * cases_received r"]));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        "base",
        "basis",
        "council_id",
        "days",
        "dim",
        "dim_value",
        "hits",
        "metric",
        "stage",
        "unit",
        "value_sum",
      ]);
    }
    // Only the dimensions asked for, besides the rows with none (the rollup also holds rows by team and outcome).
    expect(new Set(rows.map((r) => r.dim))).toEqual(new Set(["", "kind"]));
    const columns = await db.prisma.$queryRaw<{ name: string }[]>`SELECT unnest(proargnames) AS name FROM pg_proc WHERE proname = 'compare_rollup'`;
    expect(columns.map((c) => c.name)).not.toContain("case_id");
  });

  it("is vacuumed after about 1% of its rows change, so its index-only scans seldom visit the heap", async () => {
    const [row] = await db.prisma.$queryRawUnsafe<{ options: string[] }[]>(
      `SELECT reloptions AS options FROM pg_class WHERE oid = 'counted_unit_rollup'::regclass`,
    );
    expect([...(row?.options ?? [])].sort()).toEqual([
      "autovacuum_vacuum_insert_scale_factor=0.01",
      "autovacuum_vacuum_insert_threshold=1000",
      "autovacuum_vacuum_scale_factor=0.01",
      "autovacuum_vacuum_threshold=1000",
    ]);
  });

  it("a council session cannot call compare_rollup or compare_context_figures and still reads no other council's rollup rows", async () => {
    await expect(
      withCouncil(
        db.prisma,
        "compare-a",
        (tx) =>
          tx.$queryRaw`SELECT * FROM compare_rollup(ARRAY['compare-b'], ARRAY['case'], ARRAY['*'], ARRAY['x'], ARRAY['r'], ARRAY['kind'], '2021-04', '2022-03')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withCouncil(db.prisma, "compare-a", (tx) => tx.$queryRaw`SELECT * FROM compare_context_figures(ARRAY['compare-b'], ARRAY['contacts'], 2021)`),
    ).rejects.toThrow(/permission denied/);
    const other = await withCouncil(
      db.prisma,
      "compare-a",
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM counted_unit_rollup WHERE council_id = 'compare-b'`,
    );
    expect(other[0]?.n).toBe(0);
  });
});
