import {
  addCalendarDays,
  basisOf,
  type MeasureResult,
  type MeasureSpec,
  measureResultOf,
  METRICS,
  type Period,
  unitComparisons,
  unitMetricKeys,
} from "@csc/rules";
import type { RawReader } from "../case-facts-sql";

/** The months a period covers when it is made of whole months (first day to last day), else null. */
function wholeMonths(period: Period): { from: string; to: string } | null {
  if (!period.start.endsWith("-01") || !addCalendarDays(period.end, 1).endsWith("-01")) return null;
  return { from: period.start.slice(0, 7), to: period.end.slice(0, 7) };
}

/** Where a spec's tallies sit in counted_unit_rollup: unit kind, stage, metric key, basis and months. */
export interface RollupCell {
  unit: string;
  stage: string;
  metric: string;
  basis: "r" | "c";
  from: string;
  to: string;
}

/**
 * The rollup cell for a spec it can answer, else null: whole months, no dimension, no filter, not a snapshot, no
 * withinWorkingDays limit and no Stage 2 option (their keys fall back unit by unit, which only the units know).
 */
export function rollupCell(spec: MeasureSpec, period: Period): RollupCell | null {
  const months = wholeMonths(period);
  if (!months) return null;
  if ((spec.groupBy?.length ?? 0) > 0 || Object.keys(spec.filter ?? {}).length > 0) return null;
  const { snapshot, limit } = unitComparisons(spec, period);
  const { key, fallback } = unitMetricKeys(spec);
  if (snapshot || limit || key !== fallback || spec.withinWorkingDays !== undefined) return null;
  const basis = basisOf(spec) === "completed" ? "c" : "r";
  return { unit: METRICS[spec.metric].unit, stage: spec.stage ?? "*", metric: key, basis, ...months };
}

interface RollupRow {
  base: number;
  hits: number;
  sum: number;
}

/**
 * A measure from counted_unit_rollup (the council × month rollup the counted_unit triggers keep in step with the
 * units), when the spec and period allow it: the same tallies measureFromUnits would take from the units, finished
 * by the same measureResultOf. Returns null when the rollup cannot answer (a dimension, a filter, a snapshot, a
 * limit, a Stage 2 option, a period not of whole months): the caller counts from the units.
 */
export async function measureFromRollup(
  db: RawReader,
  councilIds: readonly string[],
  spec: MeasureSpec,
  period: Period,
): Promise<MeasureResult | null> {
  const cell = rollupCell(spec, period);
  if (!cell) return null;
  const [row] = await db.$queryRaw<RollupRow[]>`SELECT coalesce(sum(base), 0)::int AS base, coalesce(sum(hits), 0)::int AS hits,
      coalesce(sum(value_sum), 0)::float8 AS sum
    FROM counted_unit_rollup
    WHERE council_id = ANY(${[...councilIds]}::text[]) AND metric = ${cell.metric} AND basis = ${cell.basis}
      AND unit = ${cell.unit} AND stage = ${cell.stage} AND month BETWEEN ${cell.from} AND ${cell.to}`;
  const total = { base: row?.base ?? 0, hits: row?.hits ?? 0, sum: row?.sum ?? 0 };
  return measureResultOf(spec, basisOf(spec), period, total, new Map());
}
