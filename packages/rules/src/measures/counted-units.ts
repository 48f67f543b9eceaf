import type { IsoDate } from "../dates/iso-date";
import { STAGES, type Stage } from "../vocabulary/canonical";
import type { CaseFacts } from "./case-facts";
import { itemsOf } from "./compute-measure";
import { dimensionValues } from "./dimension-values";
import { DIMENSION_NAMES, DIMENSIONS, type Dimension, type DimensionKey, NOT_RECORDED } from "./dimensions";
import type { MeasureSpec } from "./measure-spec";
import { type CountedItem, METRIC_RULES, type RuleOptions, type Stage2From } from "./metric-rules";
import { type Basis, type Metric, type MeasureUnit, METRIC_NAMES, METRICS } from "./metrics";

/**
 * A case's counted units: one row per unit a measure counts (the case, each stage, each reason, each LGSCO
 * referral), carrying everything the counting rules decide, so a database can count them with plain filters,
 * GROUP BY and count(*) FILTER and no counting rule of its own. Every flag is computed here by the rules
 * computeMeasure runs (METRIC_RULES, dimensionValues), never copied.
 *
 * Not carried (a spec with them is counted by computeMeasure over CaseFacts; see unitsCanCount): snapshot metrics
 * (open_at_start / open_at_end look at a period's day), `withinWorkingDays` and custom `bands`.
 */

/** One metric's verdict on a unit: its basis dates (r: received, c: completed), hit (percent metrics), value (averages). */
export interface UnitCount {
  readonly r?: IsoDate;
  readonly c?: IsoDate;
  readonly h?: boolean;
  readonly v?: number;
}

export interface CountedUnit {
  readonly unit: MeasureUnit;
  /** The unit's position among the case's units of its kind (0 for the case itself). */
  readonly item: number;
  /** A stage unit's own stage. */
  readonly stage: Stage | null;
  /** The stages the case reached (a spec's `stage` on case, reason and LGSCO metrics counts only those cases). */
  readonly stagesReached: Stage[];
  /**
   * By metric (and `metric|stage2From` when that option changes the verdict): present only when the unit is in the
   * metric's base; `false` when an option's variant leaves out a unit the default counts.
   */
  readonly metrics: Record<string, UnitCount | false>;
  /** Dimension key → its values; `key@stage` for a stage-level dimension of a non-stage unit limited to one stage. */
  readonly dims: Record<string, string[]>;
}

/** Bumped whenever countedUnits' output changes, so stored units are rebuilt (@csc/db rebuildCountedUnits). */
export const COUNTED_UNITS_VERSION = 2;

const COUNTABLE_METRICS: readonly Metric[] = METRIC_NAMES.filter((m) => METRICS[m].bases.length > 0);
const STAGE2_FROM: readonly Stage2From[] = ["agreed_statement", "request"];
const STORED_DIMENSIONS = DIMENSION_NAMES.filter((d) => DIMENSIONS[d].source !== "time");
const STAGE_LEVEL = STORED_DIMENSIONS.filter((d) => DIMENSIONS[d].level === "stage");
const UNITS: readonly MeasureUnit[] = ["case", "stage", "reason", "lgsco"];

/** Whether a spec can be counted from stored units (otherwise computeMeasure over CaseFacts counts it). */
export function unitsCanCount(spec: MeasureSpec): boolean {
  return METRICS[spec.metric].bases.length > 0 && spec.withinWorkingDays === undefined && spec.bands === undefined;
}

/** The key a unit's dims store a dimension under for a spec (stage-level dimensions of non-stage units, limited to a stage). */
export function unitDimensionKey(key: DimensionKey, spec: Pick<MeasureSpec, "metric" | "stage">): string {
  const stageLevel = !key.startsWith("local:") && DIMENSIONS[key as Dimension].level === "stage";
  return stageLevel && spec.stage !== undefined && METRICS[spec.metric].unit !== "stage" ? `${key}@${spec.stage}` : key;
}

/** The key a unit's metrics store a spec's verdict under, and the default one it falls back to. */
export function unitMetricKeys(spec: Pick<MeasureSpec, "metric" | "stage2From">): { key: string; fallback: string } {
  return { key: spec.stage2From ? `${spec.metric}|${spec.stage2From}` : spec.metric, fallback: spec.metric };
}

function verdict(metric: Metric, item: CountedItem, options: RuleOptions): UnitCount | null {
  const rule = METRIC_RULES[metric];
  if (!rule.include(item, options)) return null;
  // Only snapshot metrics (not stored) read the period; the others' dates depend on the item and options alone.
  const noPeriod = { start: item.facts.receivedOn, end: item.facts.receivedOn };
  const dateOn = (basis: Basis): IsoDate | undefined =>
    METRICS[metric].bases.includes(basis) ? (rule.date(item, basis, noPeriod, options) ?? undefined) : undefined;
  const count: { r?: IsoDate; c?: IsoDate; h?: boolean; v?: number } = {};
  const r = dateOn("received");
  const c = dateOn("completed");
  if (r !== undefined) count.r = r;
  if (c !== undefined) count.c = c;
  if (rule.hit) count.h = rule.hit(item, options);
  if (rule.value) count.v = rule.value(item);
  return r === undefined && c === undefined ? null : count;
}

const sameCount = (a: UnitCount | null, b: UnitCount | null): boolean =>
  a === null || b === null ? a === b : a.r === b.r && a.c === b.c && a.h === b.h && a.v === b.v;

function metricsOf(unit: MeasureUnit, item: CountedItem): Record<string, UnitCount | false> {
  const out: Record<string, UnitCount | false> = {};
  for (const metric of COUNTABLE_METRICS.filter((m) => METRICS[m].unit === unit)) {
    const base = verdict(metric, item, {});
    if (base) out[metric] = base;
    for (const stage2From of STAGE2_FROM) {
      const variant = verdict(metric, item, { stage2From });
      if (!sameCount(variant, base)) out[`${metric}|${stage2From}`] = variant ?? false;
    }
  }
  return out;
}

/**
 * A unit's dimension values by key. A dimension whose only value is NOT_RECORDED is left out: readers take a
 * missing key as NOT_RECORDED (measureFromUnits does), which keeps a unit's row small.
 */
function dimsOf(item: CountedItem): Record<string, string[]> {
  const date = item.facts.receivedOn;
  const dims: Record<string, string[]> = {};
  const put = (key: string, values: readonly string[]) => {
    if (values.length !== 1 || values[0] !== NOT_RECORDED) dims[key] = [...values];
  };
  for (const key of STORED_DIMENSIONS) put(key, dimensionValues(item, key, { date }));
  for (const key of Object.keys(item.facts.localDimensions)) put(`local:${key}`, dimensionValues(item, `local:${key}`, { date }));
  if (item.stage === null) {
    for (const stage of STAGES) {
      for (const key of STAGE_LEVEL) put(`${key}@${stage}`, dimensionValues(item, key, { date, stage }));
    }
  }
  return dims;
}

/** Every unit of a case any stored measure counts, with its verdicts and dimension values. */
export function countedUnits(facts: CaseFacts): CountedUnit[] {
  const stagesReached = STAGES.filter((stage) => facts.stages.some((s) => s.stage === stage));
  return UNITS.flatMap((unit) => {
    // The items of the unit's kind, as computeMeasure takes them (any metric of that unit gives the same items).
    const metric = COUNTABLE_METRICS.find((m) => METRICS[m].unit === unit) as Metric;
    return itemsOf(facts, { metric }).map((item, index) => ({
      unit,
      item: index,
      stage: item.stage?.stage ?? null,
      stagesReached,
      metrics: metricsOf(unit, item),
      dims: dimsOf(item),
    }));
  });
}
