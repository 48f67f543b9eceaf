import { z } from "zod";
import type { Period } from "../periods/period";
import { stageSchema } from "../vocabulary/canonical";
import { type DimensionKey, dimensionKeySchema } from "./dimensions";
import { type Basis, METRIC_NAMES, METRICS } from "./metrics";

/**
 * One declarative query over CaseFacts[]: which metric, optionally for one stage, filtered by dimension
 * values, grouped by one or two dimensions, on a basis. Report layouts and the analytics API both use it.
 */
const TIMESCALE_METRICS = new Set(["within_timescale", "outside_timescale", "percent_within_timescale"]);

export const basisSchema = z.enum(["received", "completed"]);

export const measureSpecSchema = z
  .strictObject({
    metric: z.enum(METRIC_NAMES, { error: `must be one of ${METRIC_NAMES.join(", ")}` }),
    /** Only this stage (stage-unit metrics), or only cases that reached it (open_at_start / open_at_end). */
    stage: stageSchema.optional(),
    /** Dimension → allowed values; a unit passes when any of its values is allowed. */
    filter: z.record(z.string(), z.array(z.string().min(1)).min(1, "a filter needs at least one allowed value")).optional(),
    /** One or two dimensions; group keys follow this order. */
    groupBy: z.array(dimensionKeySchema).min(1).max(2, "groupBy takes one or two dimensions").optional(),
    /** "received" or "completed"; defaults to the metric's first basis (see METRICS). */
    basis: basisSchema.optional(),
    /** Timescale metrics: count against this many working days instead of each stage's own timescale. */
    withinWorkingDays: z.number().int().positive().optional(),
    /** The band thresholds in working days for the "band" dimension, instead of the statutory defaults. */
    bands: z.array(z.number().int().positive()).min(1).optional(),
    /** Also return zero groups for every value of a canonical dimension (report tables show empty rows). */
    includeEmpty: z.boolean().optional(),
    /**
     * What Stage 2 is counted from on the "received" basis and in the proceeded-to-Stage-2 metrics: the agreed
     * statement of complaint (SI 2006/1738 reg 17(2), default) or the complainant's request (a council's choice).
     */
    stage2From: z.enum(["agreed_statement", "request"]).optional(),
    /** Count metrics: show each group as a percentage (0–100, unrounded) of the total, as report tables do. */
    share: z.boolean().optional(),
  })
  .superRefine((spec, ctx) => {
    const info = METRICS[spec.metric];
    if (spec.basis !== undefined && !info.bases.includes(spec.basis)) {
      ctx.addIssue({
        code: "custom",
        path: ["basis"],
        message: `"${spec.basis}" does not apply to ${spec.metric}; ${info.bases.length ? `use ${info.bases.map((b) => `"${b}"`).join(" or ")}` : "it is a snapshot with no basis"}`,
      });
    }
    for (const key of Object.keys(spec.filter ?? {})) {
      if (!dimensionKeySchema.safeParse(key).success) {
        ctx.addIssue({ code: "custom", path: ["filter", key], message: `"${key}" is not a known dimension or "local:<key>"` });
      }
    }
    if (spec.groupBy?.length === 2 && spec.groupBy[0] === spec.groupBy[1]) {
      ctx.addIssue({ code: "custom", path: ["groupBy"], message: "the two dimensions must differ" });
    }
    if (spec.withinWorkingDays !== undefined && !TIMESCALE_METRICS.has(spec.metric)) {
      ctx.addIssue({
        code: "custom",
        path: ["withinWorkingDays"],
        message: `applies only to within_timescale, outside_timescale and percent_within_timescale, not ${spec.metric}`,
      });
    }
    if (spec.share && METRICS[spec.metric].aggregation !== "count") {
      ctx.addIssue({
        code: "custom",
        path: ["share"],
        message: `applies only to count metrics; ${spec.metric} gives ${METRICS[spec.metric].aggregation === "average" ? "an average" : "a percentage"}`,
      });
    }
    if (spec.bands?.some((t, i, all) => i > 0 && t <= (all[i - 1] as number))) {
      ctx.addIssue({ code: "custom", path: ["bands"], message: "thresholds must be strictly ascending" });
    }
  });

export type MeasureSpecInput = z.input<typeof measureSpecSchema>;
export type MeasureSpec = Omit<z.infer<typeof measureSpecSchema>, "filter" | "groupBy"> & {
  filter?: Partial<Record<DimensionKey, string[]>>;
  groupBy?: DimensionKey[];
};

/** One group of a result: its key (one string per groupBy dimension) and value. */
export interface MeasureGroup {
  readonly key: string[];
  /** A count, a percentage 0–100 (unrounded) or an average; null when a percent or average has no base. */
  readonly value: number | null;
  /** How many units the value rests on: the count itself, or a percentage's or average's denominator. */
  readonly base: number;
}

export interface MeasureResult {
  readonly metric: MeasureSpec["metric"];
  /** The basis used, or null for snapshot metrics. */
  readonly basis: Basis | null;
  readonly period: Period;
  /** The value over every unit that passes the filter, counting each unit once (not the sum of groups). */
  readonly total: number | null;
  readonly base: number;
  readonly groups: MeasureGroup[];
}

/** Validates a spec, throwing an error that names each bad field and its rule. */
export function parseMeasureSpec(input: unknown): MeasureSpec {
  const result = measureSpecSchema.safeParse(input);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join(".") || "spec"}: ${i.message}`).join("; ");
    throw new TypeError(`Invalid measure spec: ${detail}`);
  }
  return result.data as MeasureSpec;
}
