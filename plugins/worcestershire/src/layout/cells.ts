import type { CellSpecInput, MeasureRefInput } from "@csc/council-kit";
import type { MeasureSpecInput } from "@csc/rules";

/**
 * Small builders for the layout's cells. Every cell names a measure of the rules' catalogue; none holds a
 * figure. `year` is 0 for the report's year and -1 for the year before (the seed compares two years).
 */
export type YearOffset = 0 | -1;

/** The seed prints a dash where nothing was counted. */
const DASH = "-";

export function ref(measure: MeasureSpecInput, year: YearOffset, pick?: string[]): MeasureRefInput {
  return { measure, yearOffset: year, ...(pick ? { pick } : {}) };
}

/** A count; with `pick`, one group of the measure (a dash when the group is empty). */
export function count(measure: MeasureSpecInput, year: YearOffset, pick?: string[]): CellSpecInput {
  return { ...ref(measure, year, pick), format: "count", ...(pick ? { whenEmpty: DASH } : {}) };
}

/** A count that prints 0 rather than a dash when nothing was counted. */
export function countOrZero(measure: MeasureSpecInput, year: YearOffset, pick?: string[]): CellSpecInput {
  return { ...ref(measure, year, pick), format: "count", whenEmpty: 0 };
}

/**
 * 100 × part ÷ whole, rounded half up to `decimals` places as the seed prints that cell. When `part` picks a group
 * and that group has no cases, the seed prints a dash, as in the count beside it (`emptyWhen: "numerator_absent"`),
 * except where it prints 0% (`whenNone: "zero"`, e.g. the timescale bands of 13.1).
 */
export function percent(part: MeasureRefInput, whole: MeasureRefInput, decimals: number, whenNone: "dash" | "zero" = "dash"): CellSpecInput {
  return {
    ratio: { numerator: part, denominator: whole },
    format: { type: "percent", decimals, rounding: "half_up" },
    ...(part.pick && whenNone === "dash" ? { whenEmpty: DASH, emptyWhen: "numerator_absent" as const } : {}),
  };
}

/** The sum of several counts (a Total row of different measures, e.g. complaints at each stage). */
export function total(parts: readonly MeasureRefInput[]): CellSpecInput {
  return { sum: [...parts], format: "count" };
}

/** 100 × (this year − last year) ÷ last year, rounded half up to whole percent ("a 16% rise"). */
export function percentRise(measure: MeasureSpecInput): CellSpecInput {
  return { percentChange: { from: ref(measure, -1), to: ref(measure, 0) }, format: { type: "percent", decimals: 0, rounding: "half_up" } };
}

/** Stage 1 complaints received (the 7.1 basis): each complaint once, at Stage 1. */
export const stage1Intake = (filter?: MeasureSpecInput["filter"]): MeasureSpecInput => ({
  metric: "stages_started",
  stage: "stage1",
  ...(filter ? { filter } : {}),
});
