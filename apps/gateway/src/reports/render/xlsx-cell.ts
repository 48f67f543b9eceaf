import type { CellFormat, CellValue } from "@csc/council-kit";

/**
 * A report cell as Excel stores it: every figure a number with a number format from its layout format (a count
 * `0`, an average `0.0`, a percentage `0%` or `0.0%` — stored as the fraction, 12% as 0.12 — and a figure printed
 * with another suffix keeps it in the format, `0" days"`). Words ("less than 1%", "Increase", "n/a") stay text;
 * nothing, an empty string or a non-finite number is an empty cell (never an empty string).
 */
interface XlsxCell {
  readonly value: number | string | null;
  readonly numFmt?: string;
}

const digits = (decimals: number): string => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");
const quoted = (suffix: string): string => `"${suffix.replace(/"/g, "")}"`;

/** A figure printed as text with its format's suffix ("85%"), read back as its number; otherwise null. */
function printedFigure(text: string, format: CellFormat): number | null {
  if (format.type === "text" || format.suffix === undefined || !text.endsWith(format.suffix)) return null;
  const figure = text.slice(0, text.length - format.suffix.length);
  return /^-?\d+(?:\.\d+)?$/.test(figure) ? Number(figure) : null;
}

export function xlsxCell(value: CellValue, format: CellFormat | null | undefined): XlsxCell {
  if (value === null || value === "" || (typeof value === "number" && !Number.isFinite(value))) return { value: null };
  const figure = typeof value === "number" ? value : format ? printedFigure(value, format) : null;
  if (figure === null) return { value };
  if (!format || format.type === "text") return { value: figure };
  if (format.type === "percent" && (format.suffix === undefined || format.suffix === "%")) {
    // Excel multiplies by 100 to show a percentage: store the fraction, rounded to what the report printed.
    return { value: Number((figure / 100).toPrecision(12)), numFmt: `${digits(format.decimals)}%` };
  }
  const suffix = format.suffix !== undefined && format.suffix !== "" ? quoted(format.suffix) : "";
  return { value: figure, numFmt: `${digits(format.decimals)}${suffix}` };
}
