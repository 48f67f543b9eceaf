import { z } from "zod";

/**
 * Rounding a council's layout chooses from, so its published figures can be reproduced exactly. Councils work
 * in spreadsheets: "half_up" is Excel's ROUND (halves away from zero: 2.5 → 3, −2.5 → −3, 2.675 → 2.68);
 * "half_even" is banker's rounding (2.5 → 2, 3.5 → 4). Both round the decimal value as written, not its
 * binary approximation.
 */
export const ROUNDING_MODES = ["half_up", "half_even"] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];
export const roundingModeSchema = z.enum(ROUNDING_MODES);

function assertDecimals(dp: number): void {
  if (!Number.isInteger(dp) || dp < 0 || dp > 10) {
    throw new RangeError(`decimals: ${String(dp)} must be a whole number from 0 to 10`);
  }
}

/** x × 10^places computed on the decimal digits (so 1.005 shifted by 2 is exactly 100.5). */
function shift(x: number, places: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function assertFinite(x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`value: ${String(x)} is not a finite number and cannot be rounded`);
}

/** Rounds halves away from zero, like Excel's ROUND. */
export function roundHalfUp(x: number, dp = 0): number {
  assertFinite(x);
  assertDecimals(dp);
  const rounded = Math.sign(x) * Math.round(shift(Math.abs(x), dp));
  return shift(rounded, -dp) + 0; // + 0 turns −0 into 0
}

/** Rounds halves to the even neighbour (banker's rounding). */
export function roundHalfEven(x: number, dp = 0): number {
  assertFinite(x);
  assertDecimals(dp);
  const shifted = shift(Math.abs(x), dp);
  const floor = Math.floor(shifted);
  const diff = shifted - floor;
  const whole = diff > 0.5 || (diff === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  return shift(Math.sign(x) * whole, -dp) + 0;
}

export function round(x: number, dp = 0, mode: RoundingMode = "half_up"): number {
  return mode === "half_even" ? roundHalfEven(x, dp) : roundHalfUp(x, dp);
}

export interface FormatOptions {
  /** Decimal places shown (default 0). */
  readonly decimals?: number;
  readonly rounding?: RoundingMode;
  /** Shown for a value with no base (null), e.g. a percentage of no cases; default "–". */
  readonly empty?: string;
}

/** Formats a 0–100 percentage as a council publishes it: formatPercent(15.4999, { decimals: 1 }) is "15.5%". */
export function formatPercent(value: number | null, options: FormatOptions = {}): string {
  const text = formatNumber(value, options);
  return value === null ? text : `${text}%`;
}

/** Formats a count or an average with fixed decimals and the layout's rounding; null gives `empty`. */
export function formatNumber(value: number | null, options: FormatOptions = {}): string {
  const { decimals = 0, rounding = "half_up", empty = "–" } = options;
  if (value === null) return empty;
  return round(value, decimals, rounding).toFixed(decimals);
}
