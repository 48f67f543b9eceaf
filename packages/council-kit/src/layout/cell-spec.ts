import { z } from "zod";
import { measureSpecSchema } from "@csc/rules";

/**
 * What fills one cell of a report table. A layout never writes a figure: a cell names a measure from the rules'
 * catalogue (`measureSpecSchema`), which group of its result to show, which period relative to the report's
 * (`yearOffset: -1` is the year before, `quarter: 2` the financial year's second quarter) and how to format it.
 * A ratio cell divides one measure by another (e.g. "% of all complaints"); a text cell holds fixed words
 * (e.g. "n/a"), never a figure.
 */

export const ROUNDING_METHODS = ["half_up", "half_even", "floor", "ceil"] as const;
export type RoundingMethod = (typeof ROUNDING_METHODS)[number];
export const FORMAT_TYPES = ["count", "percent", "average", "text"] as const;
export type FormatType = (typeof FORMAT_TYPES)[number];

const decimals = z.number().int().min(0).max(4);

/** "count" | "percent" | "average" | "text", or an object with the council's rounding and decimals. */
export const formatSchema = z.union([
  z.enum(FORMAT_TYPES),
  z.strictObject({
    type: z.enum(FORMAT_TYPES),
    /** Decimal places (default: the layout's rounding for percentages or averages; counts are whole). */
    decimals: decimals.optional(),
    rounding: z.enum(ROUNDING_METHODS).optional(),
    /** Render as text with this suffix (e.g. "%"): the cell becomes a string like "85%". */
    suffix: z.string().max(10).optional(),
  }),
]);
export type FormatInput = z.input<typeof formatSchema>;

/** Which of the result's groups to show; absent means the total. One key per `groupBy` dimension. */
const pick = z.array(z.string().min(1)).min(1).max(2);

export const measureRefSchema = z.strictObject({
  measure: measureSpecSchema,
  pick: pick.optional(),
  /** Financial years relative to the report period: -1 for "previous year" columns. */
  yearOffset: z.number().int().min(-20).max(0).default(0),
  /** Restrict to one quarter (1 = April–June) of the financial year the (offset) period starts in. */
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});
export type MeasureRef = z.infer<typeof measureRefSchema>;
export type MeasureRefInput = z.input<typeof measureRefSchema>;

export const measureCellSchema = measureRefSchema.extend({
  format: formatSchema.default("count"),
  /** What a cell shows when the picked group is absent: 0 for counts, null otherwise (default). */
  whenEmpty: z.union([z.literal(0), z.null(), z.string().max(20)]).optional(),
});

export const ratioCellSchema = z.strictObject({
  /** 100 × numerator ÷ denominator (a percentage); null when the denominator is 0. */
  ratio: z.strictObject({ numerator: measureRefSchema, denominator: measureRefSchema }),
  format: formatSchema.default("percent"),
  whenEmpty: z.union([z.literal(0), z.null(), z.string().max(20)]).optional(),
});

export const textCellSchema = z.strictObject({ text: z.string().max(200) });

export const cellSpecSchema = z.union([measureCellSchema, ratioCellSchema, textCellSchema]);
export type CellSpec = z.infer<typeof cellSpecSchema>;
export type CellSpecInput = z.input<typeof cellSpecSchema>;
export type MeasureCell = z.infer<typeof measureCellSchema>;
export type RatioCell = z.infer<typeof ratioCellSchema>;
export type TextCell = z.infer<typeof textCellSchema>;

export function isMeasureCell(cell: CellSpec): cell is MeasureCell {
  return "measure" in cell;
}
export function isRatioCell(cell: CellSpec): cell is RatioCell {
  return "ratio" in cell;
}
