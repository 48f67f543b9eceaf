import type { IsoDate } from "../dates/iso-date";
import { type Period, periodSchema } from "../periods/period";
import type { CaseFacts, StageFacts } from "./case-facts";
import { bandKeys, bandThresholds } from "./bands";
import { type ValueContext, dimensionValues } from "./dimension-values";
import { type DimensionKey, NOT_RECORDED, dimensionInfo } from "./dimensions";
import { type MeasureGroup, type MeasureResult, type MeasureSpec, type MeasureSpecInput, parseMeasureSpec } from "./measure-spec";
import { type CountedItem, METRIC_RULES, type MetricRule, type RuleOptions } from "./metric-rules";
import { type Basis, METRICS } from "./metrics";

/**
 * computeMeasure: the one query every report table and the analytics API run over a period's CaseFacts.
 * Counting rules are in metrics.ts (what each metric counts, on which basis) and metric-rules.ts (how).
 */

/** What a group (or the total) has counted: its units, those that hit (percent metrics), their values' sum (averages). */
export interface Tally {
  base: number;
  hits: number;
  sum: number;
}

export const emptyTally = (): Tally => ({ base: 0, hits: 0, sum: 0 });

/** The items of a case a spec's metric counts (its stages, reasons, referrals, or the case itself). */
export function itemsOf(facts: CaseFacts, spec: MeasureSpec): CountedItem[] {
  const unit = METRICS[spec.metric].unit;
  const item = { facts, stage: null, reason: null, lgsco: null };
  if (unit === "stage") {
    return facts.stages.filter((s) => spec.stage === undefined || s.stage === spec.stage).map((stage) => ({ ...item, stage }));
  }
  if (spec.stage !== undefined && !facts.stages.some((s) => s.stage === spec.stage)) return [];
  if (unit === "reason") return facts.reasons.map((reason) => ({ ...item, reason }));
  if (unit === "lgsco") return facts.lgsco.map((lgsco) => ({ ...item, lgsco }));
  return [item];
}

function add(tally: Tally, rule: MetricRule, item: CountedItem, options: RuleOptions): void {
  tally.base += 1;
  if (rule.hit?.(item, options)) tally.hits += 1;
  if (rule.value) tally.sum += rule.value(item);
}

function valueOf(tally: Tally, spec: MeasureSpec): number | null {
  const aggregation = METRICS[spec.metric].aggregation;
  if (aggregation === "count") return tally.base;
  if (tally.base === 0) return null;
  return aggregation === "percent" ? (100 * tally.hits) / tally.base : tally.sum / tally.base;
}

/** Every value a dimension shows when empty groups are asked for: its vocabulary, or the band keys in use. */
function allValues(key: DimensionKey, spec: MeasureSpec): readonly string[] {
  if (key === "band" && spec.bands) return bandKeys(spec.bands);
  if (key === "band" && spec.stage) return bandKeys(bandThresholds(spec.stage));
  return dimensionInfo(key).values ?? [];
}

/** A group's count as a percentage of the total count (a group with several values per unit can exceed it). */
function shareOf(group: Tally, total: Tally): number | null {
  return total.base === 0 ? null : (100 * group.base) / total.base;
}

/** Report order: a canonical dimension's vocabulary order, then other values alphabetically, NOT_RECORDED last. */
function orderOf(key: DimensionKey, spec: MeasureSpec): (a: string, b: string) => number {
  const values = allValues(key, spec);
  const rank = (v: string): number => (v === NOT_RECORDED ? 2 : values.includes(v) ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || values.indexOf(a) - values.indexOf(b) || a.localeCompare(b);
}

function combinations(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

/** Tallies by group, keyed by the JSON of the group's key. */
export type Groups = Map<string, { key: string[]; tally: Tally }>;

/**
 * Whether a basis date falls in the period, comparing ISO strings: `YYYY-MM-DD` dates sort as text, and both the
 * period (assertPeriod) and the facts (caseFactsSchema, or the platform's own stored dates) are valid ISO dates,
 * so no date is parsed per counted unit (parsing was two thirds of a report's measuring time, measured).
 */
const inSpan = (period: Period, date: IsoDate): boolean => date >= period.start && date <= period.end;

function assertPeriod(period: Period): void {
  const check = periodSchema.safeParse(period);
  if (!check.success) {
    const issue = check.error.issues[0];
    throw new RangeError(`Invalid period: ${issue?.path.join(".")}: ${issue?.message}`);
  }
}

/** Adds zero groups for every combination of the grouped dimensions' values (within the filter). */
function addEmptyGroups(groups: Groups, spec: MeasureSpec, groupBy: readonly DimensionKey[]): void {
  const lists = groupBy.map((key, i) => {
    const seen = [...groups.values()].map((g) => g.key[i] as string);
    const allow = spec.filter?.[key];
    return [...new Set([...allValues(key, spec), ...seen])].filter((v) => !allow || allow.includes(v));
  });
  for (const key of combinations(lists)) {
    const id = JSON.stringify(key);
    if (!groups.has(id)) groups.set(id, { key, tally: emptyTally() });
  }
}

/**
 * Computes one measure over the case facts for a period. Throws an error naming the field and the rule when
 * the spec or the period is invalid. `total` counts each unit once (so it can be less than the sum of the
 * groups when a case has several teams or reasons); percentages are 0–100, unrounded.
 */
export function computeMeasure(facts: readonly CaseFacts[], specInput: MeasureSpecInput | MeasureSpec, period: Period): MeasureResult {
  const spec = parseMeasureSpec(specInput);
  assertPeriod(period);
  const basis = basisOf(spec);
  const rule = METRIC_RULES[spec.metric];
  const options: RuleOptions = { stage: spec.stage, withinWorkingDays: spec.withinWorkingDays, stage2From: spec.stage2From };
  const filterKeys = Object.keys(spec.filter ?? {}) as DimensionKey[];
  const groupBy = spec.groupBy ?? [];
  const relevant = rule.relevantStage;
  const relevantStage = relevant ? (s: StageFacts) => relevant(s, period) : undefined;
  const allowed = (key: DimensionKey, values: readonly string[]): string[] => {
    const allow = spec.filter?.[key];
    return allow ? values.filter((v) => allow.includes(v)) : [...values];
  };

  const total = emptyTally();
  const groups: Groups = new Map();
  for (const item of facts.flatMap((record) => itemsOf(record, spec))) {
    const date: IsoDate | null = rule.date(item, basis, period, options);
    if (date === null || (basis !== null && !inSpan(period, date)) || !rule.include(item, options)) continue;
    const context: ValueContext = { stage: spec.stage, bands: spec.bands, date, relevantStage };
    const valuesOf = (key: DimensionKey): string[] => allowed(key, dimensionValues(item, key, context));
    if (filterKeys.some((key) => valuesOf(key).length === 0)) continue;
    add(total, rule, item, options);
    if (groupBy.length === 0) continue;
    for (const key of combinations(groupBy.map(valuesOf))) {
      const id = JSON.stringify(key);
      const group = groups.get(id) ?? { key, tally: emptyTally() };
      groups.set(id, group);
      add(group.tally, rule, item, options);
    }
  }
  return measureResultOf(spec, basis, period, total, groups);
}

/** The basis a spec counts on: its own, else its metric's first; null for snapshot metrics. */
export function basisOf(spec: MeasureSpec): Basis | null {
  const info = METRICS[spec.metric];
  return info.bases.length ? (spec.basis ?? (info.bases[0] as Basis)) : null;
}

/**
 * A measure's result from its tallies: empty groups when asked for, report order, values, shares. Shared by
 * computeMeasure and the database's aggregation over counted units (@csc/db), so both finish a measure alike.
 */
export function measureResultOf(spec: MeasureSpec, basis: Basis | null, period: Period, total: Tally, groups: Groups): MeasureResult {
  const groupBy = spec.groupBy ?? [];
  if (spec.includeEmpty && groupBy.length) addEmptyGroups(groups, spec, groupBy);

  const orders = groupBy.map((key) => orderOf(key, spec));
  const sorted: MeasureGroup[] = [...groups.values()]
    .sort((a, b) => orders.reduce((c, order, i) => c || order(a.key[i] as string, b.key[i] as string), 0))
    .map((g) => ({ key: g.key, value: spec.share ? shareOf(g.tally, total) : valueOf(g.tally, spec), base: g.tally.base }));

  return {
    metric: spec.metric,
    basis,
    period: { start: period.start, end: period.end },
    total: valueOf(total, spec),
    base: total.base,
    groups: sorted,
  };
}
