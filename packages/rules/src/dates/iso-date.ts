import { z } from "zod";

/**
 * Dates in the rules engine are ISO calendar dates `YYYY-MM-DD`: no times, no time zones.
 * Arithmetic works on day numbers (days since 1970-01-01), computed with UTC so the host's zone never matters.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends Error {
  readonly value: unknown;
  constructor(value: unknown, field?: string) {
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    super(`${field ? `${field}: ` : ""}${shown} is not a valid date; expected a real calendar date written YYYY-MM-DD`);
    this.name = "InvalidDateError";
    this.value = value;
  }
}

/**
 * Day numbers of dates already checked, and dates of day numbers already formatted: the clocks walk the same
 * few thousand days for every case, so an import of thousands of cases reads them here instead of building a
 * Date each time. Bounded: emptied when it reaches CACHE_LIMIT entries (pure either way).
 */
const CACHE_LIMIT = 100_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, IsoDate>();

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2023-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  // Dates already turned into day numbers were checked then (dayNumbers below).
  if (dayNumbers.has(value)) return true;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Throws an error naming the value (and the field, if given) unless it is a valid ISO date. */
export function assertIsoDate(value: unknown, field?: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value, field);
}

/** Milliseconds at UTC midnight; setUTCFullYear because Date.UTC reads years 0–99 as 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days: number | undefined = MONTH_DAYS[month - 1];
  return days ?? new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

/** Day number: days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  assertIsoDate(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = Math.round(utcMidnight(y, m, d) / MS_PER_DAY);
  if (dayNumbers.size >= CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, day);
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  const known = isoDates.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (isoDates.size >= CACHE_LIMIT) isoDates.clear();
  isoDates.set(day, date);
  return date;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** zod schema for an ISO date at the engine's edges. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a real calendar date written YYYY-MM-DD" });
