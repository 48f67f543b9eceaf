import type { DateFormat } from "./mapping-schema";

/** Each format as a pattern and where its year, month and day are (1- or 2-digit days and months are read). */
const PATTERNS: Readonly<Record<DateFormat, { pattern: RegExp; y: number; m: number; d: number }>> = {
  "YYYY-MM-DD": { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, y: 1, m: 2, d: 3 },
  "DD/MM/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, y: 3, m: 2, d: 1 },
  "DD-MM-YYYY": { pattern: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, y: 3, m: 2, d: 1 },
  "DD.MM.YYYY": { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, y: 3, m: 2, d: 1 },
  "MM/DD/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, y: 3, m: 1, d: 2 },
};

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A cell written in one of `formats` (tried in order; the first whose pattern matches decides) as an ISO date,
 * or null when no format reads it as a real date.
 */
export function readDate(value: string, formats: readonly DateFormat[]): string | null {
  for (const format of formats) {
    const { pattern, y, m, d } = PATTERNS[format];
    const match = pattern.exec(value);
    if (!match) continue;
    const [year, month, day] = [Number(match[y]), Number(match[m]), Number(match[d])];
    if (!isRealDate(year, month, day)) return null;
    return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return null;
}

/** "YYYY-MM-DD or DD/MM/YYYY", for messages. */
export const describeFormats = (formats: readonly DateFormat[]): string => formats.join(" or ");
