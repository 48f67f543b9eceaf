import {
  addCalendarDays,
  basisOf,
  type DimensionKey,
  emptyTally,
  type Groups,
  isWithin,
  type MeasureResult,
  type MeasureSpec,
  measureResultOf,
  type Metric,
  METRICS,
  type Period,
  type Tally,
  type UnitComparisons,
  unitComparisons,
  unitMetricKeys,
} from "@csc/rules";
import type { RawReader } from "../case-facts-sql";

/**
 * The metric keys counted_unit_rollup holds a row per value of one dimension for (migration 1769300000001 writes the
 * same list; a test checks the rollup holds exactly these): a measure of the metric grouped by that dimension alone,
 * or filtered to one of its values, is answered by the rollup. Only what the national comparison asks for (the
 * complaints behind the rates per context figure, upheld_share, reason_themes): each row kind costs upkeep.
 */
export const ROLLUP_DIMENSIONS: Readonly<Partial<Record<Metric, DimensionKey>>> = {
  cases_received: "kind",
  cases_completed: "outcome",
  reasons: "reasonTheme",
};

/** The months a period covers when it is made of whole months (first day to last day), else null. */
function wholeMonths(period: Period): { from: string; to: string } | null {
  if (!period.start.endsWith("-01") || !addCalendarDays(period.end, 1).endsWith("-01")) return null;
  return { from: period.start.slice(0, 7), to: period.end.slice(0, 7) };
}

/**
 * Where a spec's tallies sit in counted_unit_rollup: unit kind, stage, metric key, basis and months; for a
 * withinWorkingDays limit, the limit (the rows by working days are kept by the rules' isWithin); for a measure
 * grouped by one rolled-up dimension (value null) or filtered to one of its values, that dimension.
 */
export interface RollupCell {
  unit: string;
  stage: string;
  metric: string;
  basis: "r" | "c";
  from: string;
  to: string;
  limit: UnitComparisons["limit"];
  dim: { key: DimensionKey; value: string | null } | null;
}

/** The one rolled-up dimension a spec groups by or filters to one value of (undefined: none; null: not answerable). */
function rollupDimension(spec: MeasureSpec): RollupCell["dim"] | undefined {
  const groupBy = spec.groupBy ?? [];
  const filters = Object.entries(spec.filter ?? {}) as [DimensionKey, string[]][];
  if (groupBy.length === 0 && filters.length === 0) return undefined;
  const rolled = ROLLUP_DIMENSIONS[spec.metric];
  const [key] = groupBy;
  if (key !== undefined && groupBy.length === 1 && filters.length === 0 && key === rolled) return { key, value: null };
  const [filter] = filters;
  if (filter && groupBy.length === 0 && filters.length === 1 && filter[1].length === 1 && filter[0] === rolled) {
    return { key: filter[0], value: filter[1][0] as string };
  }
  return null;
}

/**
 * The rollup cell for a spec it can answer, else null: whole months, not a snapshot, no Stage 2 option (its keys
 * fall back unit by unit, which only the units know), and no dimension or filter but the metric's own in
 * ROLLUP_DIMENSIONS (grouped by it alone, or filtered to one of its values) and then no withinWorkingDays limit.
 */
export function rollupCell(spec: MeasureSpec, period: Period): RollupCell | null {
  const months = wholeMonths(period);
  if (!months) return null;
  const dim = rollupDimension(spec);
  if (dim === null) return null;
  const { snapshot, limit } = unitComparisons(spec, period);
  const { key, fallback } = unitMetricKeys(spec);
  if (snapshot || key !== fallback || (spec.withinWorkingDays !== undefined && !limit) || (limit && dim)) return null;
  const basis = basisOf(spec) === "completed" ? "c" : "r";
  return { unit: METRICS[spec.metric].unit, stage: spec.stage ?? "*", metric: key, basis, ...months, limit, dim: dim ?? null };
}

/** The rollup's sums for one cell's unit, stage, metric key and basis, by dimension value and working days. */
export interface RollupRow {
  dim: string;
  dimValue: string;
  days: number;
  base: number;
  hits: number;
  sum: number;
}

function addTo(tally: Tally, row: { base: number; hits: number; sum: number }): void {
  tally.base += row.base;
  tally.hits += row.hits;
  tally.sum += row.sum;
}

/**
 * A measure from its cell's rollup rows: the rows with no dimension (or the filtered value's rows) make the total,
 * the grouped dimension's rows the groups (none with no units, as the units give none); under a limit, the rows
 * by working days the rules' ThresholdRule keeps (isWithin), their hits those within it. Finished by the same
 * measureResultOf as measureFromUnits and computeMeasure.
 */
export function measureOfRollupRows(spec: MeasureSpec, period: Period, cell: RollupCell, rows: readonly RollupRow[]): MeasureResult {
  const total = emptyTally();
  const groups: Groups = new Map();
  for (const row of rows) {
    if (cell.limit) {
      if (row.dim !== "") continue;
      const within = isWithin(row.days, cell.limit.workingDays);
      if (cell.limit.counts !== "all" && within !== (cell.limit.counts === "within")) continue;
      addTo(total, { base: row.base, hits: within ? row.base : 0, sum: row.sum });
    } else if (cell.dim === null || cell.dim.value === null) {
      if (row.dim === "") addTo(total, row);
      if (cell.dim !== null && row.dim === cell.dim.key) {
        const id = JSON.stringify([row.dimValue]);
        const group = groups.get(id) ?? { key: [row.dimValue], tally: emptyTally() };
        groups.set(id, group);
        addTo(group.tally, row);
      }
    } else if (row.dim === cell.dim.key && row.dimValue === cell.dim.value) {
      addTo(total, row);
    }
  }
  for (const [id, group] of groups) if (group.tally.base === 0) groups.delete(id);
  return measureResultOf(spec, basisOf(spec), period, total, groups);
}

/**
 * A measure from counted_unit_rollup (the council × month rollup the counted_unit triggers keep in step with the
 * units), when the spec and period allow it (rollupCell): the same tallies measureFromUnits would take from the
 * units, finished by the same measureResultOf. Returns null when the rollup cannot answer: the caller counts from
 * the units.
 */
export async function measureFromRollup(
  db: RawReader,
  councilIds: readonly string[],
  spec: MeasureSpec,
  period: Period,
): Promise<MeasureResult | null> {
  const cell = rollupCell(spec, period);
  if (!cell) return null;
  const rows = await db.$queryRaw<RollupRow[]>`SELECT dim, dim_value AS "dimValue", days, sum(base)::int AS base, sum(hits)::int AS hits,
      sum(value_sum)::float8 AS sum
    FROM counted_unit_rollup
    WHERE council_id = ANY(${[...councilIds]}::text[]) AND metric = ${cell.metric} AND basis = ${cell.basis}
      AND unit = ${cell.unit} AND stage = ${cell.stage} AND month BETWEEN ${cell.from} AND ${cell.to}
      AND (dim = '' OR dim = ${cell.dim?.key ?? ""})
    GROUP BY 1, 2, 3`;
  return measureOfRollupRows(spec, period, cell, rows);
}
