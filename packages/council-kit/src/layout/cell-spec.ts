import { z } from "zod";
import { measureSpecSchema } from "@csc/rules";
import { CONTEXT_FIGURE_KEYS } from "../context/context-figures";
import { suppliedFigureKeySchema } from "../supplied/supplied-figures";

/**
 * What fills one cell of a report table. A layout never writes a figure: a cell names a measure from the rules'
 * catalogue (`measureSpecSchema`), which group of its result to show, which period relative to the report's
 * (`yearOffset: -1` is the year before, `quarter: 2` the financial year's second quarter) and how to format it.
 * A ratio cell divides one measure by another (e.g. "% of all complaints"); a text cell holds fixed words
 * (e.g. "n/a"), never a figure. Arithmetic cells (./computed-cells.ts) add measures, subtract them or give the
 * percentage change; a context cell shows a figure the council supplies (contacts, children in care, …).
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
    /** Words instead of the figure when the value is below `value`, e.g. `{ value: 1, text: "less than 1%" }`. */
    lessThan: z.strictObject({ value: z.number(), text: z.string().min(1).max(40) }).optional(),
    /** Print the size of the value without its sign (a change printed "4.7" beside the word "Decrease"). */
    absolute: z.boolean().optional(),
    /** Words for the direction instead of the figure, e.g. `{ positive: "Increase", negative: "Decrease", zero: "Neu" }`. */
    direction: z
      .strictObject({ positive: z.string().min(1).max(40), negative: z.string().min(1).max(40), zero: z.string().min(1).max(40) })
      .optional(),
  }),
]);
export type FormatInput = z.input<typeof formatSchema>;

const yearOffset = z.number().int().min(-20).max(0).default(0);

/** Which of the result's groups to show; absent means the total. One key per `groupBy` dimension. */
const pick = z.array(z.string().min(1)).min(1).max(2);

export const measureRefSchema = z.strictObject({
  measure: measureSpecSchema,
  pick: pick.optional(),
  /** Financial years relative to the report period: -1 for "previous year" columns. */
  yearOffset,
  /** Restrict to one quarter (1 = April–June) of the financial year the (offset) period starts in. */
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});
export type MeasureRef = z.infer<typeof measureRefSchema>;
export type MeasureRefInput = z.input<typeof measureRefSchema>;

/**
 * A context figure the council supplies for a financial year (adapter `contextFigures`), never computed from
 * complaint records: `{ context: "contacts", yearOffset: -1 }` is last year's contacts.
 */
export const contextRefSchema = z.strictObject({
  context: z.enum(CONTEXT_FIGURE_KEYS),
  yearOffset,
});
export type ContextRef = z.infer<typeof contextRefSchema>;

/** What arithmetic and ratio cells work on: a measure of the case records, or a supplied context figure. */
export const operandSchema = z.union([measureRefSchema, contextRefSchema]);
export type Operand = z.infer<typeof operandSchema>;
export type OperandInput = z.input<typeof operandSchema>;

export function isContextRef(operand: Operand): operand is ContextRef {
  return "context" in operand;
}

const whenEmpty = z.union([z.literal(0), z.null(), z.string().max(20)]).optional();

export const measureCellSchema = measureRefSchema.extend({
  format: formatSchema.default("count"),
  /** What a cell shows when the picked group is absent: 0 for counts, null otherwise (default). */
  whenEmpty,
});

/**
 * When a ratio cell shows `whenEmpty` (default null): only when the denominator is 0 or unknown
 * ("denominator_zero", the default), or also when the numerator's picked group has no cases at all
 * ("numerator_absent": a seed that prints "-" beside a count of nothing).
 */
export const RATIO_EMPTY_RULES = ["denominator_zero", "numerator_absent"] as const;
export type RatioEmptyRule = (typeof RATIO_EMPTY_RULES)[number];

export const ratioCellSchema = z.strictObject({
  /** `per` × numerator ÷ denominator: a percentage by default; null when the denominator is 0. */
  ratio: z.strictObject({ numerator: operandSchema, denominator: operandSchema }),
  /** 100 for a percentage (default); 1000 for "complaints per 1,000 contacts". */
  per: z.number().positive().max(1_000_000).default(100),
  format: formatSchema.default("percent"),
  whenEmpty,
  emptyWhen: z.enum(RATIO_EMPTY_RULES).default("denominator_zero"),
});

/** A supplied context figure as a cell (e.g. "Total number of contacts received": `{ context: "contacts" }`). */
export const contextCellSchema = contextRefSchema.extend({
  format: formatSchema.default("count"),
  /** What the cell shows when the council supplied no such figure for the year (default null). */
  whenEmpty,
});

export const textCellSchema = z.strictObject({ text: z.string().max(200) });

/**
 * Words from the council's vocabulary, never a figure: in a `rowsFrom` table, the labels of the entries of
 * dimension `entriesOf` (e.g. "reason") whose parent is the row's entry, in force in the period, joined by
 * `separator` — Northamptonshire's "How we categorise complaints" (each category with the reasons under it).
 */
export const childEntriesCellSchema = z.strictObject({
  entriesOf: z.string().min(1).max(80),
  separator: z.string().max(10).default("; "),
});

/**
 * A figure the council supplies from elsewhere (adapter `suppliedFigures`, or entered in the app), printed as
 * published there and labelled "Supplied: <source>": `{ supplied: "lgsco-upheld-rate", format: { type: "percent",
 * suffix: "%" } }`. Never an operand: a supplied figure is not computed with.
 */
export const suppliedCellSchema = z.strictObject({
  supplied: suppliedFigureKeySchema,
  yearOffset,
  format: formatSchema.default("count"),
  /** What the cell shows when no such figure was supplied for the year (default null). */
  whenEmpty,
});

/** Adds measures (a "Total" of several measures): missing groups count 0; null when any operand is unknown. */
export const sumCellSchema = z.strictObject({
  sum: z.array(operandSchema).min(2).max(20),
  format: formatSchema.default("count"),
  whenEmpty,
});

/** `to` − `from`: the change on the previous year ("increased by 38", "a decrease of 5" is −5). */
export const differenceCellSchema = z.strictObject({
  difference: z.strictObject({ from: operandSchema, to: operandSchema }),
  format: formatSchema.default("count"),
  whenEmpty,
});

/** 100 × (`to` − `from`) ÷ `from`: a percentage change ("a 16% rise"); null (or `whenEmpty`) when `from` is 0. */
export const percentChangeCellSchema = z.strictObject({
  percentChange: z.strictObject({ from: operandSchema, to: operandSchema }),
  format: formatSchema.default("percent"),
  whenEmpty,
});

export const cellSpecSchema = z.union([
  measureCellSchema,
  ratioCellSchema,
  textCellSchema,
  childEntriesCellSchema,
  contextCellSchema,
  suppliedCellSchema,
  sumCellSchema,
  differenceCellSchema,
  percentChangeCellSchema,
]);
export type CellSpec = z.infer<typeof cellSpecSchema>;
export type CellSpecInput = z.input<typeof cellSpecSchema>;
export type MeasureCell = z.infer<typeof measureCellSchema>;
export type RatioCell = z.infer<typeof ratioCellSchema>;
export type TextCell = z.infer<typeof textCellSchema>;
export type ChildEntriesCell = z.infer<typeof childEntriesCellSchema>;
export type ContextCell = z.infer<typeof contextCellSchema>;
export type SuppliedCell = z.infer<typeof suppliedCellSchema>;
export type SumCell = z.infer<typeof sumCellSchema>;
export type DifferenceCell = z.infer<typeof differenceCellSchema>;
export type PercentChangeCell = z.infer<typeof percentChangeCellSchema>;

export function isMeasureCell(cell: CellSpec): cell is MeasureCell {
  return "measure" in cell;
}
export function isRatioCell(cell: CellSpec): cell is RatioCell {
  return "ratio" in cell;
}
export function isContextCell(cell: CellSpec): cell is ContextCell {
  return "context" in cell;
}
export function isTextCell(cell: CellSpec): cell is TextCell {
  return "text" in cell;
}
export function isChildEntriesCell(cell: CellSpec): cell is ChildEntriesCell {
  return "entriesOf" in cell;
}
export function isSuppliedCell(cell: CellSpec): cell is SuppliedCell {
  return "supplied" in cell;
}
export function isSumCell(cell: CellSpec): cell is SumCell {
  return "sum" in cell;
}
export function isDifferenceCell(cell: CellSpec): cell is DifferenceCell {
  return "difference" in cell;
}
export function isPercentChangeCell(cell: CellSpec): cell is PercentChangeCell {
  return "percentChange" in cell;
}

/** The operands a cell computes from (none for text and supplied figures). */
export function operandsOf(cell: CellSpec): Operand[] {
  if (isMeasureCell(cell) || isContextCell(cell)) return [cell];
  if (isRatioCell(cell)) return [cell.ratio.numerator, cell.ratio.denominator];
  if (isSumCell(cell)) return [...cell.sum];
  if (isDifferenceCell(cell)) return [cell.difference.from, cell.difference.to];
  if (isPercentChangeCell(cell)) return [cell.percentChange.from, cell.percentChange.to];
  return [];
}
