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
  unitDimensionKey,
  unitMetricKeys,
  unitsCanCount,
} from "@csc/rules";
import { Prisma } from "../../generated/prisma/client";
import type { RawReader } from "../case-facts-sql";

/**
 * Any MeasureSpec as one parameterised SQL statement over counted_unit (@csc/rules countedUnits): the spec's
 * metric, basis, stage and Stage 2 option pick the stored verdict; filters and GROUP BY use the stored dimension
 * values; count(*), count(*) FILTER (hit) and sum(value) tally them. No counting rule is written here: every flag
 * was decided by the rules when the units were stored. Time dimensions group by the basis date and are named by
 * @csc/rules (timeDimensionValue) afterwards; the result is finished by the same measureResultOf as computeMeasure.
 * Specs unitsCanCount refuses (snapshot metrics, withinWorkingDays, custom bands) are for computeMeasure.
 */
type TimeKey = "month" | "quarter" | "financialYear";
const TIME_KEYS = new Set<string>(["month", "quarter", "financialYear"]);
const isTime = (key: DimensionKey): key is TimeKey => TIME_KEYS.has(key);

interface TallyRow {
  part: "total" | "group";
  k1: string | null;
  k2: string | null;
  d: string | null;
  base: number;
  hits: number;
  sum: number;
}

const MISSING = JSON.stringify([NOT_RECORDED]);

function measureSql(spec: MeasureSpec, period: Period, councilIds: readonly string[], usesDate: boolean): Prisma.Sql {
  const unit = METRICS[spec.metric].unit;
  const { key, fallback } = unitMetricKeys(spec);
  const dateField = basisOf(spec) === "completed" ? "c" : "r";
  const dims = (k: DimensionKey, alias: "u" | "f") =>
    Prisma.sql`coalesce(${Prisma.raw(alias)}.dims -> ${unitDimensionKey(k, spec)}, ${MISSING}::jsonb)`;
  const where: Prisma.Sql[] = [Prisma.sql`u.council_id = ANY(${[...councilIds]}::text[])`, Prisma.sql`u.unit = ${unit}`];
  if (spec.stage !== undefined) {
    where.push(unit === "stage" ? Prisma.sql`u.stage = ${spec.stage}::stage` : Prisma.sql`${spec.stage} = ANY(u.stages_reached)`);
  }
  for (const [k, allowed] of Object.entries(spec.filter ?? {}) as [DimensionKey, string[]][]) {
    if (!isTime(k)) where.push(Prisma.sql`jsonb_exists_any(${dims(k, "u")}, ${allowed}::text[])`);
  }
  const groupBy = spec.groupBy ?? [];
  const joins = groupBy.map((k, i) => {
    const alias = Prisma.raw(`g${i + 1}`);
    const allowed = spec.filter?.[k];
    if (isTime(k)) return Prisma.sql`CROSS JOIN LATERAL (SELECT NULL::text AS v) ${alias}`;
    const onlyAllowed = allowed ? Prisma.sql`WHERE v = ANY(${allowed}::text[])` : Prisma.empty;
    return Prisma.sql`CROSS JOIN LATERAL (SELECT v FROM jsonb_array_elements_text(${dims(k, "f")}) AS e(v) ${onlyAllowed}) ${alias}`;
  });
  const d = usesDate ? Prisma.sql`f.d` : Prisma.sql`NULL::text`;
  const k1 = groupBy.length > 0 ? Prisma.sql`g1.v` : Prisma.sql`NULL::text`;
  const k2 = groupBy.length > 1 ? Prisma.sql`g2.v` : Prisma.sql`NULL::text`;
  const tallies = Prisma.sql`count(*)::int AS base, (count(*) FILTER (WHERE (f.m ->> 'h')::boolean))::int AS hits,
    coalesce(sum((f.m ->> 'v')::float8), 0)::float8 AS sum`;
  const groups = groupBy.length
    ? Prisma.sql`UNION ALL SELECT 'group', ${k1}, ${k2}, ${d}, ${tallies} FROM f ${Prisma.join(joins, " ")} GROUP BY 2, 3, 4`
    : Prisma.empty;
  return Prisma.sql`
WITH f AS (
  SELECT x.m, x.m ->> ${dateField} AS d, u.dims
  FROM counted_unit u CROSS JOIN LATERAL (SELECT coalesce(u.metrics -> ${key}, u.metrics -> ${fallback}) AS m) x
  WHERE ${Prisma.join(where, " AND ")}
    AND (x.m ->> ${dateField}) COLLATE "C" BETWEEN ${period.start} AND ${period.end}
)
SELECT 'total' AS part, NULL::text AS k1, NULL::text AS k2, ${d} AS d, ${tallies} FROM f GROUP BY 4
${groups}`;
}

function addTo(tally: Tally, row: TallyRow): void {
  tally.base += row.base;
  tally.hits += row.hits;
  tally.sum += row.sum;
}

/**
 * Counts a measure for the named councils from their stored counted units (in a council transaction, row-level
 * security applies too). Equal to computeMeasure over the same cases' CaseFacts (a property test checks it).
 * Throws a TypeError naming the field when the spec is invalid, and a RangeError when unitsCanCount refuses it.
 */
export async function measureFromUnits(
  db: RawReader,
  councilIds: readonly string[],
  specInput: MeasureSpecInput | MeasureSpec,
  period: Period,
): Promise<MeasureResult> {
  const spec = parseMeasureSpec(specInput);
  if (!unitsCanCount(spec)) throw new RangeError(`${spec.metric}: snapshot metrics, withinWorkingDays and bands are counted over CaseFacts`);
  const groupBy = spec.groupBy ?? [];
  const timeFilters = (Object.entries(spec.filter ?? {}) as [DimensionKey, string[]][]).filter(([k]) => isTime(k));
  const usesDate = timeFilters.length > 0 || groupBy.some(isTime);
  const rows = await db.$queryRaw<TallyRow[]>(measureSql(spec, period, councilIds, usesDate));

  const total = emptyTally();
  const groups: Groups = new Map();
  for (const row of rows) {
    const date = row.d;
    if (date !== null && timeFilters.some(([k, allowed]) => !allowed.includes(timeDimensionValue(k as TimeKey, date)))) continue;
    if (row.part === "total") {
      addTo(total, row);
      continue;
    }
    const key = groupBy.map((k, i) => (isTime(k) ? timeDimensionValue(k, date as string) : ((i === 0 ? row.k1 : row.k2) as string)));
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, tally: emptyTally() };
    groups.set(id, group);
    addTo(group.tally, row);
  }
  return measureResultOf(spec, basisOf(spec), period, total, groups);
}
