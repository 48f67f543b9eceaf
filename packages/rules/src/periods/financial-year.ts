import { type IsoDate, assertIsoDate, makeDate } from "../dates/iso-date";
import type { Period } from "./period";

/**
 * Councils report by financial year (1 April – 31 March) and its quarters (Q1 = April–June … Q4 =
 * January–March). A financial year is named by the calendar year it starts in: 2021 is 2021/22.
 */
export type QuarterNumber = 1 | 2 | 3 | 4;
export type FinancialYearStyle = "slash" | "hyphen";

const MIN_YEAR = 1000;
const MAX_YEAR = 9998;

function assertYear(year: number, field = "year"): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`${field}: ${String(year)} is not a four-digit year a financial year can start in`);
  }
}

/** The financial year starting 1 April `year`: financialYear(2021) is 2021-04-01..2022-03-31. */
export function financialYear(year: number): Period {
  assertYear(year);
  return { start: makeDate(year, 4, 1), end: makeDate(year + 1, 3, 31) };
}

/** The starting calendar year of the financial year containing `date` (2022-03-31 → 2021). */
export function financialYearStartOf(date: IsoDate): number {
  assertIsoDate(date, "date");
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The financial year containing `date`. */
export function financialYearOf(date: IsoDate): Period {
  return financialYear(financialYearStartOf(date));
}

/** "2021/22" (slash, the default) or "2021-22" (hyphen). */
export function formatFinancialYear(year: number, style: FinancialYearStyle = "slash"): string {
  assertYear(year);
  const next = String((year + 1) % 100).padStart(2, "0");
  return `${year}${style === "slash" ? "/" : "-"}${next}`;
}

const FINANCIAL_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;

/** Reads "2021/22", "2021-22" or "2021/2022" back to 2021; throws naming the value otherwise. */
export function parseFinancialYear(text: string): number {
  const match = FINANCIAL_YEAR.exec(text.trim());
  const start = match ? Number(match[1]) : Number.NaN;
  const endText = match?.[2] ?? "";
  const end = endText.length === 2 ? (start + 1) % 100 : start + 1;
  if (!match || Number(endText) !== end) {
    throw new RangeError(`"${text}" is not a financial year; expected e.g. "2021/22", "2021-22" or "2021/2022"`);
  }
  return start;
}

/** Quarter `q` of the financial year starting in `year`: quarter(2021, 1) is 2021-04-01..2021-06-30. */
export function quarter(year: number, q: QuarterNumber): Period {
  assertYear(year);
  if (![1, 2, 3, 4].includes(q)) throw new RangeError(`quarter: ${String(q)} is not a quarter; expected 1, 2, 3 or 4`);
  const startMonth = (q % 4) * 3 + 1; // 1 → April, 2 → July, 3 → October, 4 → January
  const calendarYear = q === 4 ? year + 1 : year;
  const endMonth = startMonth + 2;
  const endDay = endMonth === 6 || endMonth === 9 ? 30 : 31;
  return { start: makeDate(calendarYear, startMonth, 1), end: makeDate(calendarYear, endMonth, endDay) };
}

/** The four quarters of the financial year starting in `year`, Q1 first. */
export function quartersOf(year: number): [Period, Period, Period, Period] {
  return [quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4)];
}

/** The financial-year quarter (1–4) a date falls in. */
export function quarterNumberOf(date: IsoDate): QuarterNumber {
  assertIsoDate(date, "date");
  const month = Number(date.slice(5, 7));
  return (Math.floor(((month + 8) % 12) / 3) + 1) as QuarterNumber;
}

/** The quarter containing `date`. */
export function quarterOf(date: IsoDate): Period {
  return quarter(financialYearStartOf(date), quarterNumberOf(date));
}

/** The "financialYear" dimension's key for a date: "2021/22". */
export function financialYearKey(date: IsoDate): string {
  return formatFinancialYear(financialYearStartOf(date));
}

/** The "quarter" dimension's key for a date: "2021/22 Q1" (sorts chronologically as text). */
export function quarterKey(date: IsoDate): string {
  return `${financialYearKey(date)} Q${quarterNumberOf(date)}`;
}

/**
 * The `n` financial years before the one starting in `year`, oldest first, for a report's comparison with
 * earlier years: previousFinancialYears(2, 2021) is [2019/20, 2020/21].
 */
export function previousFinancialYears(n: number, year: number): Period[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n: ${String(n)} is not a whole number of years (0 or more)`);
  assertYear(year);
  return Array.from({ length: n }, (_, i) => financialYear(year - n + i));
}
