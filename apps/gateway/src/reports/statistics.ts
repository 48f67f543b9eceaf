import { EQUALITY_QUESTIONS, type EqualityQuestion } from "@csc/council-kit";
import {
  computeMeasure,
  dimensionInfo,
  isDimensionKey,
  measureSpecSchema,
  METRICS,
  NOT_RECORDED,
  type CaseFacts,
  type DimensionKey,
  type MeasureResult,
  type MeasureSpec,
  type Basis,
  type Metric,
  type Period,
  type Stage,
} from "@csc/rules";
import { measureFromUnits } from "@csc/db";
import { badInput } from "../errors/gateway-error";
import { recordSpan, timed } from "../http/request-timing";
import { fromZodIssues } from "../errors/zod-error";
import { discloseFigure, secondarySuppressSets, tableSets, type Disclosure, type Figure } from "./disclosure";
import { equalitiesLists, noLists, OTHER_ANSWER, withListedAnswers, type EqualitiesLists } from "./equalities-keys";
import { loadCaseFacts, type FactsReader } from "./load-case-facts";
import { outsideCoverage, recordCoverageOf, withCoverage, type RecordCoverage } from "./record-coverage";

/**
 * The general statistics query: one metric of @csc/rules computeMeasure (or, counted at the database, @csc/db
 * measureFromUnits over the council's counted units, equal to it) over a council's stored facts for a
 * period, grouped by up to two dimensions (canonical, local, time or "local:<key>") and filtered by dimension
 * values. Only counts, percentages and averages leave: never a case or personal data. Every figure goes through
 * the platform's one disclosure policy (disclosure.ts): small numbers withheld in groups, overall and base,
 * secondary suppression, equalities answers grouped only by the council's list.
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
  basis: Basis | null;
  period: Period;
  groupBy: string[];
  groups: StatisticsGroup[];
}

const isEqualities = (d: string): d is EqualityQuestion => (EQUALITY_QUESTIONS as readonly string[]).includes(d);

/** Refuses an unknown dimension, or a filter value a dimension cannot take, naming the value. */
function checkNames(query: StatisticsQuery, lists: EqualitiesLists | null): void {
  (query.groupBy ?? []).forEach((d, i) => {
    if (!isDimensionKey(d)) throw badInput(["groupBy", i], `"${d}" is not a dimension; the dimensions query lists them (or use "local:<key>")`);
  });
  (query.filter ?? []).forEach((f, i) => {
    if (!isDimensionKey(f.dimension))
      throw badInput(["filter", i, "dimension"], `"${f.dimension}" is not a dimension; the dimensions query lists them`);
    const key = f.dimension;
    const known = isEqualities(key) && lists ? [...lists[key], OTHER_ANSWER] : dimensionInfo(key).values;
    if (!known) return;
    f.values.forEach((v, j) => {
      if (v !== NOT_RECORDED && !known.includes(v)) {
        throw badInput(["filter", i, "values", j], `"${v}" is not a value of ${key} (one of ${[...known, NOT_RECORDED].join(", ")})`);
      }
    });
  });
}

/** Validates the query and returns the measure spec; bad input is BAD_USER_INPUT naming the field and the value. */
export function statisticsSpec(query: StatisticsQuery, lists: EqualitiesLists | null = null): MeasureSpec {
  checkNames(query, lists);
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

interface StatisticsOptions {
  /** "suppressed" (the default) for anyone who may not read the cases; "exact" for those who may. */
  disclosure?: Disclosure;
  /** The council's equalities lists: answers off them group as "other". Null or absent: the council publishes none. */
  lists?: EqualitiesLists | null;
}

function statisticsOver(facts: readonly CaseFacts[], query: StatisticsQuery, period: Period, options: StatisticsOptions = {}): StatisticsResult {
  const lists = options.lists ?? noLists();
  const spec = statisticsSpec(query, lists);
  const counted = usesEqualities(spec) ? withListedAnswers(facts, lists) : facts;
  return disclosed(spec, computeMeasure(counted, spec, period), options.disclosure ?? "suppressed");
}

const usesEqualities = (spec: MeasureSpec): boolean => [...(spec.groupBy ?? []), ...Object.keys(spec.filter ?? {})].some(isEqualities);

/** A measure's result as the statistics query returns it: every figure through the disclosure policy. */
function disclosed(spec: MeasureSpec, result: MeasureResult, mode: Disclosure): StatisticsResult {
  const aggregation = METRICS[spec.metric].aggregation;
  const overall = discloseFigure(result.total, result.base, aggregation, mode);
  // A share is a percentage of the total resting on the group's own count: withheld when that count is 1–4.
  const groups = result.groups.map((g) => ({ key: [...g.key], ...discloseFigure(g.value, g.base, spec.share ? "average" : aggregation, mode) }));
  return {
    metric: spec.metric,
    basis: result.basis,
    period: result.period,
    groupBy: (spec.groupBy ?? []) as DimensionKey[],
    ...overall,
    groups:
      mode === "exact"
        ? groups
        : secondarySuppressSets(
            groups,
            tableSets(
              groups.map((g) => g.key),
              !overall.suppressed,
            ),
          ),
  };
}

/**
 * The council's equalities lists (its adapter, loaded through the registry) when the query names an equalities
 * dimension, else the lists of a council that publishes none (which such a query never reads): every other query
 * skips that per-request work.
 */
export async function queryLists(councilId: string, query: StatisticsQuery): Promise<EqualitiesLists> {
  const named = [...(query.groupBy ?? []), ...(query.filter ?? []).map((f) => f.dimension)];
  return named.some(isEqualities) ? equalitiesLists(councilId) : noLists();
}

/**
 * A council's statistics with its record coverage (record-coverage.ts), read in the caller's transaction: one more
 * statement, no more round trips to open one.
 */
export async function councilStatistics(
  db: FactsReader,
  councilId: string,
  query: StatisticsQuery,
  period: Period,
  disclosure: Disclosure = "suppressed",
): Promise<CoveredStatistics> {
  const result = await measuredStatistics(db, councilId, query, period, disclosure);
  const coverage = await timed("coverage", () => recordCoverageOf(db, [councilId]));
  return withRecordCoverage(result, coverage.get(councilId) ?? null);
}

async function measuredStatistics(
  db: FactsReader,
  councilId: string,
  query: StatisticsQuery,
  period: Period,
  disclosure: Disclosure,
): Promise<StatisticsResult> {
  const lists = await queryLists(councilId, query);
  const spec = statisticsSpec(query, lists);
  // Counted at the database from the stored counted units (@csc/db measureFromUnits), which carry every spec's needs;
  // only a spec on equalities answers, which group answers off the council's list as "other", is counted by
  // computeMeasure over the facts (the reference both paths are tested against).
  if (!usesEqualities(spec)) {
    const measured = await timed("measure", () => measureFromUnits(db, [councilId], spec, period));
    const started = performance.now();
    const result = disclosed(spec, measured, disclosure);
    recordSpan("disclosure", performance.now() - started);
    return result;
  }
  return statisticsOver(await loadCaseFacts(db, councilId, period), query, period, { disclosure, lists });
}

/** A statistics result with the council's record coverage, as the statistics query returns it. */
export interface CoveredStatistics extends StatisticsResult {
  /** The council's record coverage; null when it has no case. */
  coverage: RecordCoverage | null;
}

/**
 * The result with its coverage: outside it, a figure that counted nothing is "no records" (record-coverage.ts),
 * the total and each group alike, so the exports say so too.
 */
function withRecordCoverage(result: StatisticsResult, coverage: RecordCoverage | null): CoveredStatistics {
  const outside = outsideCoverage(result.period, coverage);
  return { ...withCoverage(result, outside), groups: result.groups.map((g) => withCoverage(g, outside)), coverage };
}
