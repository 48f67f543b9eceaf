import { computeMeasure, measureSpecSchema, METRICS, type CaseFacts, type MeasureSpec, type DimensionKey, type Metric, type Period, type Stage } from "@csc/rules";
import { fromZodIssues } from "../errors/zod-error";
import { loadCaseFacts, type FactsReader } from "./load-case-facts";
import { suppressCount, suppressRatio, type Figure } from "./suppression";

/**
 * The general statistics query: one metric of @csc/rules computeMeasure over a council's stored facts for a
 * period, grouped by up to two dimensions (canonical, local, time or "local:<key>") and filtered by dimension
 * values. Only counts, percentages and averages leave: never a case or personal data. Groups by an equalities
 * answer (gender, ethnicity, disability, age band) are small-number suppressed (see suppression.ts).
 */
export interface StatisticsQuery {
  metric: Metric;
  stage?: Stage | null | undefined;
  groupBy?: readonly string[] | null | undefined;
  filter?: ReadonlyArray<{ dimension: string; values: readonly string[] }> | null | undefined;
  basis?: "received" | "completed" | null | undefined;
  withinWorkingDays?: number | null | undefined;
}

export interface StatisticsGroup extends Figure {
  key: string[];
}

export interface StatisticsResult extends Figure {
  metric: Metric;
  basis: string | null;
  period: Period;
  groupBy: string[];
  groups: StatisticsGroup[];
}

export const EQUALITIES_DIMENSIONS: readonly string[] = ["gender", "ethnicity", "disability", "ageBand"];

/** Validates the query and returns the measure spec; bad input is BAD_USER_INPUT naming the field and its rule. */
export function statisticsSpec(query: StatisticsQuery) {
  const filter: Record<string, string[]> = {};
  for (const f of query.filter ?? []) filter[f.dimension] = [...(filter[f.dimension] ?? []), ...f.values];
  const parsed = measureSpecSchema.safeParse({
    metric: query.metric,
    ...(query.stage ? { stage: query.stage } : {}),
    ...(query.groupBy && query.groupBy.length > 0 ? { groupBy: [...query.groupBy] } : {}),
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    ...(query.basis ? { basis: query.basis } : {}),
    ...(query.withinWorkingDays ? { withinWorkingDays: query.withinWorkingDays } : {}),
  });
  if (!parsed.success) throw fromZodIssues(parsed.error.issues);
  return parsed.data as MeasureSpec;
}

export function statisticsOver(facts: readonly CaseFacts[], query: StatisticsQuery, period: Period): StatisticsResult {
  const spec = statisticsSpec(query);
  const result = computeMeasure(facts, spec, period);
  const isCount = METRICS[spec.metric].aggregation === "count";
  const groupBy = (spec.groupBy ?? []) as DimensionKey[];
  const sensitive = groupBy.some((d) => EQUALITIES_DIMENSIONS.includes(d));
  const figure = (value: number | null, base: number): Figure => {
    if (!sensitive) return { value, base, suppressed: false };
    return isCount ? suppressCount(value ?? 0) : suppressRatio(value, base);
  };
  return {
    metric: spec.metric,
    basis: result.basis,
    period: result.period,
    groupBy,
    ...{ value: result.total, base: result.base, suppressed: false },
    groups: result.groups.map((g) => ({ key: [...g.key], ...figure(g.value, g.base) })),
  };
}

export async function councilStatistics(db: FactsReader, councilId: string, query: StatisticsQuery, period: Period): Promise<StatisticsResult> {
  statisticsSpec(query);
  return statisticsOver(await loadCaseFacts(db, councilId, period), query, period);
}
