import { z } from "zod";
import { type IsoDate, assertIsoDate, dayOfWeek, fromDayNumber, isoDateSchema, toDayNumber } from "../dates/iso-date";
import { type Holiday, regularHolidays } from "./holiday-rules";
import { FIRST_PUBLISHED_YEAR, LAST_PUBLISHED_YEAR, PUBLISHED_HOLIDAYS } from "./published-holidays";

/**
 * A working-day calendar. Reg 2 of SI 2006/1738: a working day is any day except Saturday, Sunday,
 * Christmas Day, Boxing Day, Good Friday or a bank holiday in England. A council calendar adds its local
 * closure days on top, kept apart (`localClosures`) so a report can say which calendar it used.
 */
export interface Calendar {
  readonly id: string;
  readonly name: string;
  /** Statutory non-working days other than weekends, by date. */
  holidaysInYear(year: number): readonly Holiday[];
  /** Local closure days (e.g. between Christmas and New Year), by date; empty for the statutory calendar. */
  readonly localClosures: ReadonlyMap<IsoDate, string>;
}

export type NonWorkingReason = "weekend" | "bank holiday" | "local closure";

const statutoryCache = new Map<number, readonly Holiday[]>();

/** Published GOV.UK list for 2014–2027; the regular rules for any other year. */
export function statutoryHolidays(year: number): readonly Holiday[] {
  let cached = statutoryCache.get(year);
  if (!cached) {
    cached =
      year >= FIRST_PUBLISHED_YEAR && year <= LAST_PUBLISHED_YEAR
        ? PUBLISHED_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`))
        : regularHolidays(year);
    statutoryCache.set(year, cached);
  }
  return cached;
}

export const englandAndWales: Calendar = Object.freeze({
  id: "england-and-wales",
  name: "England and Wales statutory working days (SI 2006/1738 reg 2)",
  holidaysInYear: statutoryHolidays,
  localClosures: new Map<IsoDate, string>(),
});

export const localClosureDaySchema = z.object({
  date: isoDateSchema,
  reason: z.string().trim().min(1, "a local closure day needs a reason").max(200),
});
export type LocalClosureDay = z.infer<typeof localClosureDaySchema>;

export const councilCalendarSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  localClosureDays: z.array(localClosureDaySchema).default([]),
});
export type CouncilCalendarInput = z.input<typeof councilCalendarSchema>;

/** A council's calendar: the statutory one plus its local closure days. */
export function createCouncilCalendar(input: CouncilCalendarInput): Calendar {
  const parsed = councilCalendarSchema.parse(input);
  const localClosures = new Map<IsoDate, string>();
  for (const day of parsed.localClosureDays) localClosures.set(day.date, day.reason);
  return Object.freeze({ id: parsed.id, name: parsed.name, holidaysInYear: statutoryHolidays, localClosures });
}

const holidayIndex = new WeakMap<Calendar, Map<number, Map<IsoDate, string>>>();

function holidaysByDate(calendar: Calendar, year: number): Map<IsoDate, string> {
  let perCalendar = holidayIndex.get(calendar);
  if (!perCalendar) {
    perCalendar = new Map();
    holidayIndex.set(calendar, perCalendar);
  }
  let map = perCalendar.get(year);
  if (!map) {
    map = new Map(calendar.holidaysInYear(year).map((h) => [h.date, h.title]));
    perCalendar.set(year, map);
  }
  return map;
}

/**
 * The day numbers of a calendar's bank holidays (by year, filled as years are asked for) and local closures: what
 * addWorkingDays walks, so stepping through thousands of days reads numbers instead of formatting dates.
 */
interface NonWorkingDays {
  readonly byYear: Map<number, ReadonlySet<number>>;
  readonly closures: ReadonlySet<number>;
}
const nonWorkingIndex = new WeakMap<Calendar, NonWorkingDays>();

function nonWorkingDaysOf(calendar: Calendar): NonWorkingDays {
  let index = nonWorkingIndex.get(calendar);
  if (!index) {
    index = { byYear: new Map(), closures: new Set([...calendar.localClosures.keys()].map(toDayNumber)) };
    nonWorkingIndex.set(calendar, index);
  }
  return index;
}

function isWorkingDayNumber(day: number, calendar: Calendar): boolean {
  if (isWeekendDay(day)) return false;
  const index = nonWorkingDaysOf(calendar);
  if (index.closures.has(day)) return false;
  const year = Number(fromDayNumber(day).slice(0, 4));
  let holidays = index.byYear.get(year);
  if (!holidays) {
    holidays = new Set([...holidaysByDate(calendar, year).keys()].map(toDayNumber));
    index.byYear.set(year, holidays);
  }
  return !holidays.has(day);
}

/** Why `date` is not a working day, or null when it is one. */
export function nonWorkingReason(date: IsoDate, calendar: Calendar = englandAndWales): NonWorkingReason | null {
  assertIsoDate(date);
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return "weekend";
  if (holidaysByDate(calendar, Number(date.slice(0, 4))).has(date)) return "bank holiday";
  if (calendar.localClosures.has(date)) return "local closure";
  return null;
}

/** The name of the bank holiday or local closure on `date`, if any. */
export function holidayName(date: IsoDate, calendar: Calendar = englandAndWales): string | null {
  assertIsoDate(date);
  return holidaysByDate(calendar, Number(date.slice(0, 4))).get(date) ?? calendar.localClosures.get(date) ?? null;
}

export function isWorkingDay(date: string, calendar: Calendar = englandAndWales): boolean {
  return nonWorkingReason(date, calendar) === null;
}

function assertWholeNumber(n: number, field: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${field}: ${String(n)} is not a whole number of working days`);
}

/**
 * The n-th working day strictly after `date` (`date` is day 0 whether or not it is a working day);
 * n = 0 returns `date`; a negative n counts back to the n-th working day strictly before `date`.
 */
export function addWorkingDays(date: string, n: number, calendar: Calendar = englandAndWales): string {
  assertIsoDate(date, "date");
  assertWholeNumber(n, "n");
  if (n === 0) return date;
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let day = toDayNumber(date);
  while (remaining > 0) {
    day += step;
    if (isWorkingDayNumber(day, calendar)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** Weekdays d with a < d ≤ b, for day numbers a ≤ b. */
function weekdaysAfterUpTo(a: number, b: number): number {
  // Count weekdays in (0-based) day numbers up to x: day 0 (1970-01-01) was a Thursday.
  const upTo = (x: number): number => {
    const weeks = Math.floor(x / 7);
    const rest = x - weeks * 7; // 0..6 days into the week starting on a Thursday (day 0)
    // days 0..rest inclusive from Thursday: Thu, Fri, Sat, Sun, Mon, Tue, Wed
    const weekdayPrefix = [1, 2, 2, 2, 3, 4, 5] as const;
    return weeks * 5 + weekdayPrefix[rest as 0 | 1 | 2 | 3 | 4 | 5 | 6];
  };
  return upTo(b) - upTo(a);
}

/**
 * How many working days d satisfy from < d ≤ to; negative (minus the count of to < d ≤ from) when `to`
 * is before `from`.
 */
export function workingDaysBetween(from: string, to: string, calendar: Calendar = englandAndWales): number {
  assertIsoDate(from, "from");
  assertIsoDate(to, "to");
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  // `|| 0` so that no working days backwards is 0, not -0 (which toBe(0) and Object.is reject).
  if (b < a) return -workingDaysBetween(to, from, calendar) || 0;
  let count = weekdaysAfterUpTo(a, b);
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const date of holidaysByDate(calendar, year).keys()) {
      const d = toDayNumber(date);
      if (d > a && d <= b && !isWeekendDay(d)) count -= 1;
    }
  }
  for (const date of calendar.localClosures.keys()) {
    const d = toDayNumber(date);
    if (d > a && d <= b && !isWeekendDay(d) && !holidaysByDate(calendar, Number(date.slice(0, 4))).has(date)) {
      count -= 1;
    }
  }
  return count;
}

function isWeekendDay(day: number): boolean {
  const dow = (((day + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}
