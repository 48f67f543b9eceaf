import { type MeasureResult, type MeasureSpec, type MeasureSpecInput, parseMeasureSpec, type Period } from "@csc/rules";
import type { RawReader } from "../case-facts-sql";
import { byMonth, measureOfRollupRows, type RollupCell, rollupCell, type RollupRow } from "./measure-from-rollup";

/** A measure for one council from the tallies read at once, or null when the rollup cannot answer the spec. */
export type RollupMeasure = (councilId: string, spec: MeasureSpecInput | MeasureSpec) => MeasureResult | null;

interface SumRow extends RollupRow {
  councilId: string;
  unit: string;
  stage: string;
  metric: string;
  basis: string;
}

/** The rollup cell of a spec compare_rollup answers: its sums are over the months, so no time dimension. */
function monthlessCell(spec: MeasureSpec, period: Period): RollupCell | null {
  const cell = rollupCell(spec, period);
  return cell && !byMonth(cell) ? cell : null;
}

const cellKey = (councilId: string, c: { unit: string; stage: string; metric: string; basis: string }) =>
  JSON.stringify([councilId, c.unit, c.stage, c.metric, c.basis]);

/**
 * Many councils' measures from counted_unit_rollup in one statement (the SECURITY DEFINER function compare_rollup,
 * which returns only sums per council, unit kind, stage, metric key, basis, rolled-up dimension value and working
 * days; run it as the platform role after the caller's permission check). `specs`: the measures that will be asked
 * for, so only their metric keys are read. The result answers each spec the rollup can answer with
 * measureFromRollup's figure (the same rows, finished by the same measureOfRollupRows) and returns null for the
 * rest, which the caller counts from the units.
 */
export async function rollupMeasures(
  db: RawReader,
  councilIds: readonly string[],
  specs: readonly (MeasureSpecInput | MeasureSpec)[],
  period: Period,
): Promise<RollupMeasure> {
  const cells = specs.map((s) => monthlessCell(parseMeasureSpec(s), period)).filter((c): c is RollupCell => c !== null);
  const sums = new Map<string, SumRow[]>();
  const [first] = cells;
  if (first && councilIds.length > 0) {
    const wanted = [...new Map(cells.map((c) => [cellKey("", c), c])).values()];
    const dims = [...new Set(cells.flatMap((c) => (c.dim ? [c.dim.key] : [])))];
    const rows = await db.$queryRaw<SumRow[]>`SELECT council_id AS "councilId", unit, stage, metric, basis, dim, dim_value AS "dimValue",
        days, base::int AS base, hits::int AS hits, value_sum::float8 AS sum
      FROM compare_rollup(${[...councilIds]}::text[], ${wanted.map((c) => c.unit)}::text[],
        ${wanted.map((c) => c.stage)}::text[], ${wanted.map((c) => c.metric)}::text[], ${wanted.map((c) => c.basis)}::text[], ${dims}::text[],
        ${first.from}, ${first.to})`;
    for (const row of rows) {
      const key = cellKey(row.councilId, row);
      const list = sums.get(key) ?? [];
      sums.set(key, list);
      list.push(row);
    }
  }
  return (councilId, input) => {
    const spec = parseMeasureSpec(input);
    const cell = monthlessCell(spec, period);
    if (!cell) return null;
    return measureOfRollupRows(spec, period, cell, sums.get(cellKey(councilId, cell)) ?? []);
  };
}
