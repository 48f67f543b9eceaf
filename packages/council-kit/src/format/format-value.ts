import { roundHalfEven, roundHalfUp } from "@csc/rules";
import type { CellValue } from "../report/report";
import type { FormatInput, FormatType, RoundingMethod } from "../layout/cell-spec";
import type { ReportLayout } from "../layout/report-layout";

/**
 * Formats a computed value the way the council prints it. Councils round differently (half up, half to
 * even, down), and published figures must be reproducible, so rounding works on the decimal digits rather than
 * on binary floating point: 2.675 rounds half up to 2.68, not 2.67.
 */
export interface Format {
  readonly type: FormatType;
  readonly decimals: number;
  readonly rounding: RoundingMethod;
  readonly suffix: string | undefined;
  /** Words printed instead of a value below `value` ("less than 1%"). */
  readonly lessThan?: { readonly value: number; readonly text: string } | undefined;
  /** Print |value| (the size of a change without its sign). */
  readonly absolute?: boolean | undefined;
  /** Words for the value's direction instead of the figure. */
  readonly direction?: { readonly positive: string; readonly negative: string; readonly zero: string } | undefined;
}

/**
 * Rounds `value` to `decimals` places by `method`: half up and half even are the rules engine's
 * (`roundHalfUp`, `roundHalfEven`, on the decimal digits); floor and ceil are for councils that truncate. The
 * value is first cut to 12 significant digits, so a ratio such as 100 × 29 ÷ 200 computed as 14.499999999999998
 * rounds as the 14.5 it is.
 */
export function roundTo(value: number, decimals: number, method: RoundingMethod): number {
  const clean = Number(value.toPrecision(12));
  if (method === "half_up") return roundHalfUp(clean, decimals);
  if (method === "half_even") return roundHalfEven(clean, decimals);
  const factor = 10 ** decimals;
  const scaled = Number((clean * factor).toPrecision(12));
  return (method === "floor" ? Math.floor(scaled) : Math.ceil(scaled)) / factor + 0;
}

/** The format of a cell with the layout's defaults filled in. */
export function resolveFormat(format: FormatInput, defaults: ReportLayout["rounding"]): Format {
  const spec = typeof format === "string" ? { type: format } : format;
  const type = spec.type;
  const defaultDecimals = type === "percent" ? defaults.percentDecimals : type === "average" ? defaults.averageDecimals : 0;
  return {
    type,
    decimals: ("decimals" in spec ? spec.decimals : undefined) ?? defaultDecimals,
    rounding: ("rounding" in spec ? spec.rounding : undefined) ?? defaults.method,
    suffix: "suffix" in spec ? spec.suffix : undefined,
    ...("lessThan" in spec && spec.lessThan ? { lessThan: spec.lessThan } : {}),
    ...("absolute" in spec && spec.absolute ? { absolute: true } : {}),
    ...("direction" in spec && spec.direction ? { direction: spec.direction } : {}),
  };
}

/**
 * The cell value: a rounded number (its size only with `absolute`), or text when the format has a suffix or is
 * "text", or the `lessThan` words when the unrounded value is below its threshold, or the `direction` word of the
 * rounded value (so a change that rounds to 0 reads as no change); null stays null.
 */
export function formatValue(value: number | null, format: Format): CellValue {
  if (value === null || !Number.isFinite(value)) return null;
  if (format.lessThan && value < format.lessThan.value) return format.lessThan.text;
  const round = (v: number): number => (format.type === "text" ? v : roundTo(v, format.decimals, format.rounding));
  if (format.direction) {
    const signed = round(value);
    return signed > 0 ? format.direction.positive : signed < 0 ? format.direction.negative : format.direction.zero;
  }
  const rounded = round(format.absolute ? Math.abs(value) : value);
  if (format.suffix !== undefined) return `${rounded.toFixed(format.type === "text" ? 0 : format.decimals)}${format.suffix}`;
  if (format.type === "text") return String(rounded);
  return rounded;
}
