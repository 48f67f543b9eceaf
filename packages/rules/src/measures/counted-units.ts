import type { IsoDate } from "../dates/iso-date";
import { STAGES, type Stage } from "../vocabulary/canonical";
import type { CaseFacts, StageFacts } from "./case-facts";
import { isCaseOpenOn, isStageOpenOn } from "./case-status";
import { itemsOf } from "./compute-measure";
import { bandBasis, dimensionValues } from "./dimension-values";
import { DIMENSION_NAMES, DIMENSIONS, type Dimension, type DimensionKey, NOT_RECORDED } from "./dimensions";
import type { MeasureSpec } from "./measure-spec";
import { type CountedItem, METRIC_RULES, type RuleOptions, type Stage2From, type ThresholdRule } from "./metric-rules";
import type { Period } from "../periods/period";
import { type Basis, type Metric, type MeasureUnit, METRIC_NAMES, METRICS } from "./metrics";

/**
 * A case's counted units: one row per unit a measure counts (the case, each stage, each reason, each LGSCO
 * referral), carrying everything the counting rules decide, so a database can count any MeasureSpec with plain
 * filters, GROUP BY and count(*) FILTER and no counting rule of its own. Every flag is computed here by the rules
 * computeMeasure runs (METRIC_RULES, dimensionValues, isCaseOpenOn, bandBasis), never copied:
 * - `withinWorkingDays`: a timeliness metric's `metric|w` verdict stores the number its ThresholdRule compares (`w`);
 * - custom `bands`: each stage stores what its band is decided from (bandBasis), bucketed against the spec's edges;
 * - snapshot metrics (open_at_start / open_at_end): the case's and each stage's open intervals [from, to), as
 *   isCaseOpenOn and isStageOpenOn decide them, so "open on the period's day" is interval containment.
 */

/** One metric's verdict on a unit: its basis dates (r: received, c: completed), hit (percent metrics), value (averages), compared number (w). */
export interface UnitCount {
  readonly r?: IsoDate;
  readonly c?: IsoDate;
  readonly h?: boolean;
  readonly v?: number;
  readonly w?: number;
}

/** Days [from, to) on whose end something was open; `to` null while it still is. */
export type OpenInterval = readonly [IsoDate, IsoDate | null];

/** A stage a unit's stage-level dimensions describe. */
export interface UnitStage {
  readonly s: Stage;
  /** When the stage was open (isStageOpenOn), for snapshot metrics' stage-level dimensions. */
  readonly o: OpenInterval[];
  /** Its stage-level dimension values (statutory bands). */
  readonly d: Record<string, string>;
  /** What its band is decided from under custom bands (bandBasis): working days taken, or a band key. */
  readonly b: number | string;
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
   * By metric (and `metric|stage2From` when that option changes the verdict; `metric|w` for a withinWorkingDays
   * limit): present only when the unit is in the metric's base; `false` when an option's variant leaves out a unit
   * the default counts.
   */
  readonly metrics: Record<string, UnitCount | false>;
  /** Dimension key → its values (not the stage-level dimensions: those come from `stages`). */
  readonly dims: Record<string, string[]>;
  /** The stages its stage-level dimensions describe: its own (a stage unit), else the case's. */
  readonly stages: UnitStage[];
  /** When the case was open (isCaseOpenOn): snapshot metrics count the case units open on their day. */
  readonly open: OpenInterval[];
}

/** Bumped whenever countedUnits' output changes, so stored units are rebuilt (@csc/db rebuildCountedUnits). */
export const COUNTED_UNITS_VERSION = 2;

const COUNTABLE_METRICS: readonly Metric[] = METRIC_NAMES.filter((m) => METRICS[m].bases.length > 0);
const STAGE2_FROM: readonly Stage2From[] = ["agreed_statement", "request"];
const STORED_DIMENSIONS = DIMENSION_NAMES.filter((d) => DIMENSIONS[d].source !== "time" && DIMENSIONS[d].level !== "stage");
const STAGE_LEVEL = DIMENSION_NAMES.filter((d) => DIMENSIONS[d].source !== "time" && DIMENSIONS[d].level === "stage");
const UNITS: readonly MeasureUnit[] = ["case", "stage", "reason", "lgsco"];

/** Whether a dimension is stage-level (its values come from a unit's `stages`). */
export function isStageLevel(key: DimensionKey): boolean {
  return !key.startsWith("local:") && DIMENSIONS[key as Dimension].level === "stage";
}

/** The key a unit's metrics store a spec's verdict under, and the one it falls back to when no variant is stored. */
export function unitMetricKeys(spec: Pick<MeasureSpec, "metric" | "stage2From" | "withinWorkingDays">): { key: string; fallback: string } {
  const base = spec.withinWorkingDays === undefined ? spec.metric : `${spec.metric}|w`;
  return { key: spec.stage2From ? `${base}|${spec.stage2From}` : base, fallback: base };
}

/** What a database compares for a spec beyond the stored verdicts: a snapshot metric's day, a limit and which units it counts. */
export interface UnitComparisons {
  readonly snapshot: { readonly on: IsoDate; readonly countedOn: IsoDate } | null;
  readonly limit: { readonly workingDays: number; readonly counts: ThresholdRule["counts"] } | null;
}

export function unitComparisons(spec: MeasureSpec, period: Period): UnitComparisons {
  const rule = METRIC_RULES[spec.metric];
  const snapshot = rule.snapshot ? { on: rule.snapshot.on(period), countedOn: rule.snapshot.countedOn(period) } : null;
  const limit =
    rule.threshold && spec.withinWorkingDays !== undefined ? { workingDays: spec.withinWorkingDays, counts: rule.threshold.counts } : null;
  return { snapshot, limit };
}

/**
 * The days on whose end `isOpenOn` holds, as intervals [from, to). `isOpenOn` must compare the day only with
 * `points` (as isCaseOpenOn and isStageOpenOn do with the dates they read), so it is constant from each point to
 * the next, and false before the first.
 */
function openIntervals(points: readonly (IsoDate | null | undefined)[], isOpenOn: (day: IsoDate) => boolean): OpenInterval[] {
  const days = [...new Set(points.filter((p): p is IsoDate => typeof p === "string"))].sort();
  const out: [IsoDate, IsoDate | null][] = [];
  for (const day of days) {
    const open = isOpenOn(day);
    const last = out[out.length - 1];
    if (open && !(last && last[1] === null)) out.push([day, null]);
    if (!open && last && last[1] === null) last[1] = day;
  }
  return out;
}

/** The dates isCaseOpenOn compares a day with. */
function caseOpenIntervals(facts: CaseFacts): OpenInterval[] {
  const points = [
    facts.receivedOn,
    facts.closedOn,
    facts.withdrawnOn,
    facts.notConsidered?.on,
    ...facts.stages.flatMap((s) => [s.startedOn, s.respondedOn]),
  ];
  return openIntervals(points, (day) => isCaseOpenOn(facts, day));
}

function unitStage(item: CountedItem, stage: StageFacts): UnitStage {
  const own = { ...item, stage };
  const d: Record<string, string> = {};
  for (const key of STAGE_LEVEL) d[key] = dimensionValues(own, key, { date: item.facts.receivedOn })[0] as string;
  return {
    s: stage.stage,
    o: openIntervals([stage.startedOn, stage.respondedOn], (day) => isStageOpenOn(stage, day)),
    d,
    b: bandBasis(stage),
  };
}

function verdict(metric: Metric, item: CountedItem, options: RuleOptions, limited: boolean): UnitCount | null {
  const rule = METRIC_RULES[metric];
  const compared = limited ? (rule.threshold?.compared(item) ?? null) : null;
  if (limited ? compared === null : !rule.include(item, options)) return null;
  // Snapshot metrics (not stored here) read the period; the others' dates depend on the item and options alone.
  const noPeriod = { start: item.facts.receivedOn, end: item.facts.receivedOn };
  const dateOn = (basis: Basis): IsoDate | undefined =>
    METRICS[metric].bases.includes(basis) ? (rule.date(item, basis, noPeriod, options) ?? undefined) : undefined;
  const count: { r?: IsoDate; c?: IsoDate; h?: boolean; v?: number; w?: number } = {};
  const r = dateOn("received");
  const c = dateOn("completed");
  if (r !== undefined) count.r = r;
  if (c !== undefined) count.c = c;
  if (compared !== null) count.w = compared;
  else if (rule.hit) count.h = rule.hit(item, options);
  if (rule.value) count.v = rule.value(item);
  return r === undefined && c === undefined ? null : count;
}

const sameCount = (a: UnitCount | null, b: UnitCount | null): boolean =>
  a === null || b === null ? a === b : a.r === b.r && a.c === b.c && a.h === b.h && a.v === b.v && a.w === b.w;

function metricsOf(unit: MeasureUnit, item: CountedItem): Record<string, UnitCount | false> {
  const out: Record<string, UnitCount | false> = {};
  for (const metric of COUNTABLE_METRICS.filter((m) => METRICS[m].unit === unit)) {
    for (const limited of METRIC_RULES[metric].threshold ? [false, true] : [false]) {
      const { fallback } = unitMetricKeys({ metric, withinWorkingDays: limited ? 1 : undefined });
      const base = verdict(metric, item, {}, limited);
      if (base) out[fallback] = base;
      for (const stage2From of STAGE2_FROM) {
        const variant = verdict(metric, item, { stage2From }, limited);
        if (!sameCount(variant, base)) out[`${fallback}|${stage2From}`] = variant ?? false;
      }
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
  return dims;
}

/** Every unit of a case any measure counts, with its verdicts, dimension values, stages and open intervals. */
export function countedUnits(facts: CaseFacts): CountedUnit[] {
  const stagesReached = STAGES.filter((stage) => facts.stages.some((s) => s.stage === stage));
  const open = caseOpenIntervals(facts);
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
      stages: (item.stage ? [item.stage] : facts.stages).map((s) => unitStage(item, s)),
      open: unit === "case" ? open : [],
    }));
  });
}
