import {
  addCalendarDays,
  basisOf,
  type DimensionKey,
  emptyTally,
  type Groups,
  isTimeDimension,
  isWithin,
  type MeasureResult,
  type MeasureSpec,
  measureResultOf,
  type Metric,
  METRICS,
  type Period,
  type Tally,
  type TimeDimension,
  timeDimensionValue,
  type UnitComparisons,
  unitComparisons,
  unitMetricKeys,
} from "@csc/rules";
import type { RawReader } from "../case-facts-sql";

/**
 * The metric keys counted_unit_rollup holds a row per value of a dimension for (migration 1769600000001 writes the
 * same list, 1770300000002 the LGSCO decisions; a test checks the rollup holds exactly these): a measure of the metric grouped by one of those
 * dimensions (with or without time dimensions), or filtered to one of its values, is answered by the rollup. What
 * the national comparison asks for (the complaints behind the rates per context figure, upheld_share,
 * reason_themes) and the analysts' commonest breakdown (complaints received by team, by month or quarter): each row
 * kind costs upkeep.
 */
export const ROLLUP_DIMENSIONS: Readonly<Partial<Record<Metric, readonly DimensionKey[]>>> = {
  cases_received: ["kind", "team"],
  cases_completed: ["outcome"],
  reasons: ["reasonTheme"],
  lgsco_decisions: ["lgscoDecision"],
};

/**
 * Pairs of dimensions counted_unit_rollup holds a row per pair of values for (migration 1770300000001 writes the
 * same list; a test checks it): a measure of the metric filtered to one value of each (and nothing else but time
 * dimensions) is answered by the rollup. Complaints made by children and young people (kind complaint, madeByChild
 * true), which the national comparison asks for.
 */
export const ROLLUP_PAIRS: Readonly<Partial<Record<Metric, readonly (readonly [DimensionKey, DimensionKey])[]>>> = {
  cases_received: [["kind", "madeByChild"]],
};

/** The rollup's dimension name and value for a pair of dimensions filtered to one value each (as the migration writes them). */
export const pairDimension = (keys: readonly [DimensionKey, DimensionKey]): string => keys.join("&");
const pairValue = (values: readonly [string, string]): string => values.join("&");

/** The months a period covers when it is made of whole months (first day to last day), else null. */
function wholeMonths(period: Period): { from: string; to: string } | null {
  if (!period.start.endsWith("-01") || !addCalendarDays(period.end, 1).endsWith("-01")) return null;
  return { from: period.start.slice(0, 7), to: period.end.slice(0, 7) };
}

/**
 * Where a spec's tallies sit in counted_unit_rollup: unit kind, stage, metric key, basis and months; for a
 * withinWorkingDays limit, the limit (the rows by working days are kept by the rules' isWithin); for a measure
 * grouped by one rolled-up dimension (value null) or filtered to one of its values, that dimension; the time
 * dimensions (month, quarter, financial year) it groups by or filters on, answered from the rows' months (every time
 * dimension is a function of the basis date's month, named by the rules' timeDimensionValue).
 */
export interface RollupCell {
  unit: string;
  stage: string;
  metric: string;
  basis: "r" | "c";
  from: string;
  to: string;
  limit: UnitComparisons["limit"];
  /** A rolled-up dimension (ROLLUP_DIMENSIONS) or a pair's (ROLLUP_PAIRS, pairDimension). */
  dim: { key: string; value: string | null } | null;
  /** The spec's groupBy in order (a time dimension or the rolled-up dimension), empty when it groups by nothing. */
  groupBy: readonly DimensionKey[];
  /** The time dimensions filtered on, with their allowed values. */
  timeFilters: ReadonlyArray<readonly [TimeDimension, readonly string[]]>;
}

type Shape = Pick<RollupCell, "dim" | "groupBy" | "timeFilters">;

/** The rollup's pair dimension for two filters of one value each when the metric's rows hold that pair, else null. */
function pairShape(metric: Metric, filtered: readonly (readonly [DimensionKey, string[]])[]): Shape["dim"] {
  const one = new Map(filtered.filter(([, values]) => values.length === 1).map(([key, [value]]) => [key, value]));
  for (const pair of ROLLUP_PAIRS[metric] ?? []) {
    const [first, second] = [one.get(pair[0]), one.get(pair[1])];
    if (first !== undefined && second !== undefined) return { key: pairDimension(pair), value: pairValue([first, second]) };
  }
  return null;
}

/**
 * What a spec groups by and filters on, when the rollup holds it: any time dimensions, plus at most one rolled-up
 * dimension of the metric, grouped by or filtered to one value (not both), or a pair of ROLLUP_PAIRS filtered to one
 * value each; null when the rollup cannot answer.
 */
function rollupShape(spec: MeasureSpec): Shape | null {
  const groupBy = spec.groupBy ?? [];
  const filters = Object.entries(spec.filter ?? {}) as [DimensionKey, string[]][];
  const rolled = ROLLUP_DIMENSIONS[spec.metric] ?? [];
  const timeFilters = filters.filter((f): f is [TimeDimension, string[]] => isTimeDimension(f[0]));
  const grouped = groupBy.filter((k) => !isTimeDimension(k));
  const filtered = filters.filter(([k]) => !isTimeDimension(k));
  if (grouped.length === 0 && filtered.length === 2) {
    const dim = pairShape(spec.metric, filtered);
    return dim ? { dim, groupBy, timeFilters } : null;
  }
  if (grouped.length + filtered.length > 1) return null;
  const [key] = grouped;
  if (key !== undefined) return rolled.includes(key) ? { dim: { key, value: null }, groupBy, timeFilters } : null;
  const [filter] = filtered;
  if (filter === undefined) return { dim: null, groupBy, timeFilters };
  const [value] = filter[1];
  if (!rolled.includes(filter[0]) || filter[1].length !== 1 || value === undefined) return null;
  return { dim: { key: filter[0], value }, groupBy, timeFilters };
}

/**
 * The rollup cell for a spec it can answer, else null: whole months, not a snapshot, no Stage 2 option (its keys
 * fall back unit by unit, which only the units know), no dimension or filter but time dimensions and the metric's
 * own in ROLLUP_DIMENSIONS (rollupShape), and no withinWorkingDays limit with a rolled-up dimension.
 */
export function rollupCell(spec: MeasureSpec, period: Period): RollupCell | null {
  const months = wholeMonths(period);
  if (!months) return null;
  const shape = rollupShape(spec);
  if (shape === null) return null;
  const { snapshot, limit } = unitComparisons(spec, period);
  const { key, fallback } = unitMetricKeys(spec);
  if (snapshot || key !== fallback || (spec.withinWorkingDays !== undefined && !limit) || (limit && shape.dim)) return null;
  const basis = basisOf(spec) === "completed" ? "c" : "r";
  return { unit: METRICS[spec.metric].unit, stage: spec.stage ?? "*", metric: key, basis, ...months, limit, ...shape };
}

/** Whether a cell needs the rows by month (a time dimension grouped or filtered on). */
export const byMonth = (cell: RollupCell): boolean => cell.timeFilters.length > 0 || cell.groupBy.some(isTimeDimension);

/** The rollup's sums for one cell's unit, stage, metric key and basis, by dimension value, working days and (when the cell needs it) month. */
export interface RollupRow {
  dim: string;
  dimValue: string;
  days: number;
  /** YYYY-MM: the basis date's month (null when the rows were summed over the months). */
  month?: string | null;
  base: number;
  hits: number;
  sum: number;
}

function addTo(tally: Tally, row: { base: number; hits: number; sum: number }): void {
  tally.base += row.base;
  tally.hits += row.hits;
  tally.sum += row.sum;
}

/** A row's tallies under the cell's limit (the rows by working days the rules' isWithin keeps), or null when it does not count. */
function counted(cell: RollupCell, row: RollupRow): { base: number; hits: number; sum: number } | null {
  if (!cell.limit) return row;
  const within = isWithin(row.days, cell.limit.workingDays);
  if (cell.limit.counts !== "all" && within !== (cell.limit.counts === "within")) return null;
  return { base: row.base, hits: within ? row.base : 0, sum: row.sum };
}

/**
 * A measure from its cell's rollup rows: the rows with no dimension (or the filtered value's rows) make the total;
 * the grouped dimension's rows (or, grouped by time alone, the total's rows) the groups, keyed in the spec's groupBy
 * order with time dimensions named by the rules (timeDimensionValue of the month's first day) and
 * time filters applied the same way; none with no units, as the units give none. Under a limit, the rows by working
 * days the rules' ThresholdRule keeps (isWithin), their hits those within it. Finished by the same measureResultOf
 * as measureFromUnits and computeMeasure.
 */
export function measureOfRollupRows(spec: MeasureSpec, period: Period, cell: RollupCell, rows: readonly RollupRow[]): MeasureResult {
  const total = emptyTally();
  const groups: Groups = new Map();
  // The rows of the cell's dimension (its filtered value's only), or with no dimension: the groups'; the total is the
  // rows with no dimension when the cell groups by its dimension, else the same rows.
  const dim = cell.dim?.key ?? "";
  const ofCell = (row: RollupRow) => row.dim === dim && (cell.dim?.value == null || row.dimValue === cell.dim.value);
  const ofTotal = cell.dim !== null && cell.dim.value === null ? (row: RollupRow) => row.dim === "" : ofCell;
  for (const row of rows) {
    const date = row.month ? `${row.month}-01` : null;
    if (date !== null && cell.timeFilters.some(([k, allowed]) => !allowed.includes(timeDimensionValue(k, date)))) continue;
    const tally = counted(cell, row);
    if (tally === null) continue;
    if (ofTotal(row)) addTo(total, tally);
    if (cell.groupBy.length > 0 && ofCell(row)) {
      const key = cell.groupBy.map((k) => (isTimeDimension(k) ? timeDimensionValue(k, date as string) : row.dimValue));
      const id = JSON.stringify(key);
      const group = groups.get(id) ?? { key, tally: emptyTally() };
      groups.set(id, group);
      addTo(group.tally, tally);
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
  const monthly = byMonth(cell);
  const rows = await db.$queryRaw<RollupRow[]>`SELECT dim, dim_value AS "dimValue", days, CASE WHEN ${monthly} THEN month END AS month,
      sum(base)::int AS base, sum(hits)::int AS hits, sum(value_sum)::float8 AS sum
    FROM counted_unit_rollup
    WHERE council_id = ANY(${[...councilIds]}::text[]) AND metric = ${cell.metric} AND basis = ${cell.basis}
      AND unit = ${cell.unit} AND stage = ${cell.stage} AND month BETWEEN ${cell.from} AND ${cell.to}
      AND (dim = '' OR dim = ${cell.dim?.key ?? ""})
    GROUP BY 1, 2, 3, 4`;
  return measureOfRollupRows(spec, period, cell, rows);
}
