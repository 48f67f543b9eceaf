import {
  basisOf,
  type DimensionKey,
  emptyTally,
  type Groups,
  type MeasureResult,
  type MeasureSpec,
  type MeasureSpecInput,
  measureResultOf,
  METRICS,
  NOT_RECORDED,
  parseMeasureSpec,
  type Period,
  type Tally,
  timeDimensionValue,
  unitComparisons,
  unitMetricKeys,
  bandKeys,
  isStageLevel,
  isTimeDimension,
  type TimeDimension,
} from "@csc/rules";
import { Prisma } from "../../generated/prisma/client";
import type { RawReader } from "../case-facts-sql";
import { measureFromRollup } from "./measure-from-rollup";

/**
 * Any MeasureSpec as one parameterised SQL statement over counted_unit (@csc/rules countedUnits): the spec's
 * metric, basis, stage, Stage 2 option and withinWorkingDays pick the stored verdict; filters and GROUP BY use the
 * stored dimension values (stage-level ones from the unit's stored stages); count(*), count(*) FILTER (hit) and
 * sum(value) tally them. No counting rule is written here: every flag, number and interval was decided by the rules
 * when the units were stored, and what is compared at query time comes from the rules too (unitComparisons: a
 * snapshot's day, a limit's direction; bandKeys: the band names). Comparisons are the rules' own: `<=` is isWithin
 * (at most the limit, as bands and timeliness limits count), and an open interval [from, to) holds a day when
 * from <= day < to. Time dimensions group by the basis date and are named by @csc/rules (timeDimensionValue)
 * afterwards; the result is finished by the same measureResultOf as computeMeasure.
 */

export interface TallyRow {
  part: "total" | "group";
  /** Which of a batch's filter sets the row counts for (1-based; 1 when the statement is not a batch). */
  i: number;
  k1: string | null;
  k2: string | null;
  d: string | null;
  base: number;
  hits: number;
  sum: number;
}

const MISSING = JSON.stringify([NOT_RECORDED]);

const C = Prisma.raw(`COLLATE "C"`);

/** Whether a stored list of open intervals [from, to) holds `day`. */
const holds = (intervals: Prisma.Sql, day: string): Prisma.Sql =>
  Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${intervals}) i WHERE (i ->> 0) ${C} <= ${day} AND (i ->> 1 IS NULL OR (i ->> 1) ${C} > ${day}))`;

/** A stage's band under the spec's own thresholds: its stored band basis bucketed by the rules' band keys. */
function customBand(thresholds: readonly number[], stage: Prisma.Sql): Prisma.Sql {
  const keys = bandKeys(thresholds);
  const over = keys[thresholds.length] as string;
  // The thresholds are strictly ascending (the rules refuse others), so the first limit the days are within is the band.
  const limits = thresholds.map((t, i) => Prisma.sql`WHEN (${stage} ->> 'b')::int <= ${t}::int THEN ${keys[i] as string}::text`);
  return Prisma.sql`CASE WHEN jsonb_typeof(${stage} -> 'b') = 'number'
    THEN CASE ${Prisma.join(limits, " ")} ELSE ${over}::text END
    ELSE ${stage} ->> 'b' END`;
}

/**
 * Several measures that differ only in their filter on one dimension (`key`, not grouped by), counted in one
 * statement: the units are read once and each filter set (`sets`, in order) keeps those with any of its values,
 * exactly as the filter would.
 */
interface FilterBatch {
  key: DimensionKey;
  sets: ReadonlyArray<readonly string[]>;
}

/**
 * Where the rows of a statement go: a FilterBatch's filter sets, or the groupings of measures that differ only in
 * what they group by (`groupings`, in order: their total is counted once, as row i 0, and each grouping's groups as
 * row i = its place), or one measure.
 */
type Sharing = { batch: FilterBatch } | { groupings: ReadonlyArray<readonly DimensionKey[]> } | null;

/** The units a statement reads: its unit kind, and the days its period or snapshot spans (the index's bound). */
export interface UnitWindow {
  unit: string;
  first: string;
  last: string;
}

export function unitWindow(spec: MeasureSpec, period: Period): UnitWindow {
  const { snapshot } = unitComparisons(spec, period);
  const [first, last] = snapshot ? [snapshot.on, snapshot.on] : [period.start, period.end];
  return { unit: METRICS[spec.metric].unit, first, last };
}

/** The relation a statement reads its units from: counted_unit itself, or the units a combined statement read once. */
const COUNTED_UNIT = Prisma.raw("counted_unit");

function measureSql(
  spec: MeasureSpec,
  period: Period,
  councilIds: readonly string[],
  usesDate: boolean,
  sharing: Sharing,
  from: Prisma.Sql = COUNTED_UNIT,
): Prisma.Sql {
  const batch = sharing && "batch" in sharing ? sharing.batch : undefined;
  const groupings = sharing && "groupings" in sharing ? sharing.groupings : [spec.groupBy ?? []];
  const unit = METRICS[spec.metric].unit;
  const { key, fallback } = unitMetricKeys(spec);
  const { snapshot, limit } = unitComparisons(spec, period);
  const dateField = basisOf(spec) === "completed" ? "c" : "r";
  const dims = (k: DimensionKey, alias: "u" | "f"): Prisma.Sql => {
    const a = Prisma.raw(alias);
    if (!isStageLevel(k)) return Prisma.sql`coalesce(${a}.dims -> ${k}, ${MISSING}::jsonb)`;
    const conds: Prisma.Sql[] = [Prisma.sql`TRUE`];
    if (spec.stage !== undefined && unit !== "stage") conds.push(Prisma.sql`st.value ->> 's' = ${spec.stage}`);
    if (snapshot) conds.push(holds(Prisma.sql`st.value -> 'o'`, snapshot.on));
    const value = (stage: Prisma.Sql) => (k === "band" && spec.bands ? customBand(spec.bands, stage) : Prisma.sql`${stage} -> 'd' ->> ${k}`);
    const values = Prisma.sql`coalesce((SELECT jsonb_agg(DISTINCT ${value(Prisma.sql`st.value`)}) FROM jsonb_array_elements(${a}.stages) st
      WHERE ${Prisma.join(conds, " AND ")}), ${MISSING}::jsonb)`;
    // A unit with one stage and no condition on it (a stage unit, outside a snapshot: most report figures) has that
    // stage's value alone: the same one-element list, without a sorted aggregate per unit.
    if (conds.length > 1) return values;
    return Prisma.sql`CASE WHEN jsonb_array_length(${a}.stages) = 1 THEN jsonb_build_array(${value(Prisma.sql`(${a}.stages -> 0)`)}) ELSE ${values} END`;
  };
  // The stored span (unitSpan: every date the filters below can test lies within it) lets the index on (council_id,
  // unit, span_from, span_to) skip the units outside the period before their documents are read; only a bound, so
  // the exact filters below still decide which units count.
  const { first, last } = unitWindow(spec, period);
  const where: Prisma.Sql[] = [
    Prisma.sql`u.council_id = ANY(${[...councilIds]}::text[])`,
    Prisma.sql`u.unit = ${unit}`,
    Prisma.sql`u.span_from <= ${last}::date AND u.span_to >= ${first}::date`,
  ];
  if (spec.stage !== undefined) {
    where.push(unit === "stage" ? Prisma.sql`u.stage = ${spec.stage}::stage` : Prisma.sql`${spec.stage} = ANY(u.stages_reached)`);
  }
  const within = limit ? Prisma.sql`(x.m ->> 'w')::int <= ${limit.workingDays}::int` : Prisma.empty;
  if (snapshot) {
    where.push(holds(Prisma.sql`u.open`, snapshot.on));
    if (spec.stage !== undefined) {
      where.push(Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements(u.stages) st
        WHERE st.value ->> 's' = ${spec.stage} AND ${holds(Prisma.sql`st.value -> 'o'`, snapshot.on)})`);
    }
  } else {
    where.push(Prisma.sql`(x.m ->> ${dateField}) ${C} BETWEEN ${period.start} AND ${period.end}`);
    if (limit?.counts === "within") where.push(within);
    if (limit?.counts === "over") where.push(Prisma.sql`NOT ${within}`);
  }
  for (const [k, allowed] of Object.entries(spec.filter ?? {}) as [DimensionKey, string[]][]) {
    if (!isTimeDimension(k)) where.push(Prisma.sql`jsonb_exists_any(${dims(k, "u")}, ${allowed}::text[])`);
  }
  // Each dimension grouped by (in any grouping) is carried into f once, as v1, v2, … in order of first use.
  const carried: DimensionKey[] = [...new Set(groupings.flat().filter((k) => !isTimeDimension(k)))];
  const column = (k: DimensionKey) => Prisma.raw(`v${carried.indexOf(k) + 1}`);
  const joinsOf = (groupBy: readonly DimensionKey[]) =>
    groupBy.map((k, i) => {
      const alias = Prisma.raw(`g${i + 1}`);
      const allowed = spec.filter?.[k];
      if (isTimeDimension(k)) return Prisma.sql`CROSS JOIN LATERAL (SELECT NULL::text AS v) ${alias}`;
      const onlyAllowed = allowed ? Prisma.sql`WHERE v = ANY(${allowed}::text[])` : Prisma.empty;
      return Prisma.sql`CROSS JOIN LATERAL (SELECT v FROM jsonb_array_elements_text(f.${column(k)}) AS e(v) ${onlyAllowed}) ${alias}`;
    });
  // Every time dimension (month, quarter, financial year) is a function of the month, so the rows are grouped by
  // the basis date's month (YYYY-MM) and named by the rules afterwards: a dozen rows a year, not one per day.
  const d = usesDate ? Prisma.sql`left(f.d, 7)` : Prisma.sql`NULL::text`;
  const hit = limit ? Prisma.sql`(f.m ->> 'w')::int <= ${limit.workingDays}::int` : Prisma.sql`(f.m ->> 'h')::boolean`;
  const tallies = Prisma.sql`count(*)::int AS base, (count(*) FILTER (WHERE ${hit}))::int AS hits,
    coalesce(sum((f.m ->> 'v')::float8), 0)::float8 AS sum`;
  // A batch reads its units (f, materialised: each unit's documents are read once) once, then counts them for each
  // filter set they meet (fb, with the set's number i; the sets' lists made once, materialised too).
  const shared = groupings.length > 1;
  const totalI = batch ? Prisma.sql`f.i` : shared ? Prisma.sql`0` : Prisma.sql`1`;
  const source = batch ? Prisma.sql`fb AS f` : Prisma.sql`f`;
  const groups = groupings.flatMap((groupBy, j) => {
    if (groupBy.length === 0) return [];
    const i = batch ? Prisma.sql`f.i` : Prisma.sql`${j + 1}::int`;
    const k1 = Prisma.sql`g1.v`;
    const k2 = groupBy.length > 1 ? Prisma.sql`g2.v` : Prisma.sql`NULL::text`;
    return [
      Prisma.sql`UNION ALL SELECT 'group', ${i}, ${k1}, ${k2}, ${d}, ${tallies} FROM ${source} ${Prisma.join(joinsOf(groupBy), " ")} GROUP BY 2, 3, 4, 5`,
    ];
  });
  // Only each grouped dimension's values are carried into f (it is materialised: the total and the groups read it),
  // not the unit's whole dims and stages documents; f is materialised whenever more than one part reads it.
  const values = carried.map((k) => Prisma.sql`, ${dims(k, "u")} AS ${column(k)}`);
  if (batch) values.push(Prisma.sql`, ${dims(batch.key, "u")} AS vb`);
  const carriedSql = values.length > 0 ? Prisma.join(values, "") : Prisma.empty;
  const sets = batch
    ? Prisma.sql`, sets AS MATERIALIZED (SELECT s.i::int AS i, ARRAY(SELECT jsonb_array_elements_text(s.e)) AS allowed
        FROM jsonb_array_elements(${JSON.stringify(batch.sets)}::jsonb) WITH ORDINALITY AS s(e, i)),
      fb AS (SELECT s.i, f.* FROM f JOIN sets s ON jsonb_exists_any(f.vb, s.allowed))`
    : Prisma.empty;
  const dated = snapshot ? Prisma.sql`${snapshot.countedOn}::text` : Prisma.sql`x.m ->> ${dateField}`;
  const verdict = snapshot ? Prisma.sql`NULL::jsonb` : Prisma.sql`coalesce(u.metrics -> ${key}, u.metrics -> ${fallback})`;
  return Prisma.sql`
WITH f AS ${batch || shared ? Prisma.sql`MATERIALIZED ` : Prisma.empty}(
  SELECT x.m, ${dated} AS d${carriedSql}
  FROM ${from} u CROSS JOIN LATERAL (SELECT ${verdict} AS m) x
  WHERE ${Prisma.join(where, " AND ")}
)${sets}
SELECT 'total' AS part, ${totalI} AS i, NULL::text AS k1, NULL::text AS k2, ${d} AS d, ${tallies} FROM ${source} GROUP BY 2, 5
${groups.length > 0 ? Prisma.join(groups, "\n") : Prisma.empty}`;
}

function addTo(tally: Tally, row: TallyRow): void {
  tally.base += row.base;
  tally.hits += row.hits;
  tally.sum += row.sum;
}

/**
 * Counts a measure for the named councils from their stored counted units (in a council transaction, row-level
 * security applies too); a spec the council × month rollup of the same units answers (rollupCell) is read from it
 * instead (measureFromRollup). Equal to computeMeasure over the same cases' CaseFacts (a property test checks it).
 * Throws a TypeError naming the field when the spec is invalid.
 */
export async function measureFromUnits(
  db: RawReader,
  councilIds: readonly string[],
  specInput: MeasureSpecInput | MeasureSpec,
  period: Period,
): Promise<MeasureResult> {
  const spec = parseMeasureSpec(specInput);
  const rolledUp = await measureFromRollup(db, councilIds, spec, period);
  if (rolledUp) return rolledUp;
  const [result] = await countFromUnits(db, councilIds, spec, period);
  return result as MeasureResult;
}

/**
 * A count ready to run: its statement (reading its units from `from`, counted_unit by default), the units it reads,
 * and how its rows become results.
 */
export interface PreparedCount {
  window: UnitWindow;
  sql(from?: Prisma.Sql): Prisma.Sql;
  finish(rows: readonly TallyRow[]): MeasureResult[];
}

/**
 * A parsed spec's count from the units in one statement (no rollup): one result; with a FilterBatch one per filter
 * set, in order, each equal to the spec with its filter on `batch.key` set to that set; or with `alike` (parsed specs
 * equal to `spec` but for their groupBy) one per spec of `alike`, in order, each equal to its own count.
 */
export function prepareCount(
  councilIds: readonly string[],
  spec: MeasureSpec,
  period: Period,
  batch?: FilterBatch,
  alike?: readonly MeasureSpec[],
): PreparedCount {
  const members = alike ?? (batch ? batch.sets.map((set) => ({ ...spec, filter: { ...spec.filter, [batch.key]: [...set] } })) : [spec]);
  const groupings = members.map((m) => m.groupBy ?? []);
  const timeFilters = (Object.entries(spec.filter ?? {}) as [DimensionKey, string[]][]).filter(([k]) => isTimeDimension(k));
  const usesDate = timeFilters.length > 0 || groupings.some((g) => g.some(isTimeDimension));
  const sharing: Sharing = batch ? { batch } : alike ? { groupings } : null;
  const finish = (rows: readonly TallyRow[]): MeasureResult[] => {
    const tallies = members.map(() => ({ total: emptyTally(), groups: new Map() as Groups }));
    for (const row of rows) {
      // row.d is the basis date's month (measureSql); the time dimensions' values are the rules' for its first day.
      const date = row.d === null ? null : `${row.d}-01`;
      if (date !== null && timeFilters.some(([k, allowed]) => !allowed.includes(timeDimensionValue(k as TimeDimension, date)))) continue;
      // Row i 0: the total every grouping of `alike` shares.
      if (row.part === "total" && row.i === 0) {
        for (const { total } of tallies) addTo(total, row);
        continue;
      }
      const { total, groups } = tallies[row.i - 1] as (typeof tallies)[number];
      if (row.part === "total") {
        addTo(total, row);
        continue;
      }
      const groupBy = groupings[batch ? 0 : row.i - 1] ?? [];
      const key = groupBy.map((k, i) => (isTimeDimension(k) ? timeDimensionValue(k, date as string) : ((i === 0 ? row.k1 : row.k2) as string)));
      const id = JSON.stringify(key);
      const group = groups.get(id) ?? { key, tally: emptyTally() };
      groups.set(id, group);
      addTo(group.tally, row);
    }
    return tallies.map(({ total, groups }, i) => {
      const member = members[i] as MeasureSpec;
      return measureResultOf(member, basisOf(member), period, total, groups);
    });
  };
  return {
    window: unitWindow(spec, period),
    sql: (from) => measureSql(spec, period, councilIds, usesDate, sharing, from),
    finish,
  };
}

/** prepareCount's count, run alone. */
async function countFromUnits(
  db: RawReader,
  councilIds: readonly string[],
  spec: MeasureSpec,
  period: Period,
  batch?: FilterBatch,
  alike?: readonly MeasureSpec[],
): Promise<MeasureResult[]> {
  const prepared = prepareCount(councilIds, spec, period, batch, alike);
  return prepared.finish(await db.$queryRaw<TallyRow[]>(prepared.sql()));
}
