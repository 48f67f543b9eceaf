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
}

/** Rounds `value` to `decimals` places by `method`, correcting binary representation error first. */
export function roundTo(value: number, decimals: number, method: RoundingMethod): number {
  const factor = 10 ** decimals;
  // 12 significant digits removes float noise such as 2.675 → 2.67499999…
  const scaled = Number((value * factor).toPrecision(12));
  let rounded: number;
  switch (method) {
    case "floor":
      rounded = Math.floor(scaled);
      break;
    case "ceil":
      rounded = Math.ceil(scaled);
      break;
    case "half_even": {
      const floor = Math.floor(scaled);
      const diff = scaled - floor;
      rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
      break;
    }
    case "half_up":
      rounded = Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5);
      break;
  }
  return rounded / factor + 0; // + 0 turns -0 into 0
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
  };
}

/** The cell value: a rounded number, or text when the format has a suffix or is "text"; null stays null. */
export function formatValue(value: number | null, format: Format): CellValue {
  if (value === null || !Number.isFinite(value)) return null;
  const rounded = format.type === "text" ? value : roundTo(value, format.decimals, format.rounding);
  if (format.suffix !== undefined) return `${rounded.toFixed(format.type === "text" ? 0 : format.decimals)}${format.suffix}`;
  if (format.type === "text") return String(rounded);
  return rounded;
}
