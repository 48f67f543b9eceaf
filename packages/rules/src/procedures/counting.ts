import { addWorkingDays, englandAndWales, isWorkingDay, type Calendar } from "../calendar/index";
import { type IsoDate, daysInMonth, makeDate } from "../dates/iso-date";
import type { CountingConvention } from "./definition";

/**
 * The one place the counting convention is applied (../shared/docs/domain.md): the day a clock starts is
 * day 0; a deadline of N working days is the N-th working day after it. A start on a non-working day counts
 * as made on the next working day, unless the convention says "as_is".
 */
export const DEFAULT_COUNTING: CountingConvention = Object.freeze({ nonWorkingDayStart: "next_working_day" });

/** The day a clock counts from (day 0) for an event on `date`. */
export function countingStart(date: IsoDate, calendar: Calendar = englandAndWales, convention: CountingConvention = DEFAULT_COUNTING): IsoDate {
  if (convention.nonWorkingDayStart === "next_working_day" && !isWorkingDay(date, calendar)) {
    return addWorkingDays(date, 1, calendar);
  }
  return date;
}

/** The deadline N working days after a clock started on `date` (day 0 taken from `countingStart`). */
export function workingDayDeadline(
  date: IsoDate,
  workingDays: number,
  calendar: Calendar = englandAndWales,
  convention: CountingConvention = DEFAULT_COUNTING,
): IsoDate {
  return addWorkingDays(countingStart(date, calendar, convention), workingDays, calendar);
}

/** The same day `months` calendar months later, or the month's last day when it is shorter (31 Aug + 6 → 28/29 Feb). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeDate(year, month, Math.min(d, daysInMonth(year, month)));
}
