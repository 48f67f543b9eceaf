import { type IsoDate, dayOfWeek, makeDate, addCalendarDays } from "../dates/iso-date";

/**
 * The regular England and Wales bank holidays (Banking and Financial Dealings Act 1971, Sch. 1, and the
 * royal proclamations that move them), computed for any year. Used outside the years GOV.UK has published;
 * one-off days (jubilees, state funerals, coronations) cannot be computed and come only from the published list.
 */
export interface Holiday {
  date: IsoDate;
  title: string;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = makeDate(year, month, 1);
  return addCalendarDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number, lastDay: number): IsoDate {
  const last = makeDate(year, month, lastDay);
  return addCalendarDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** The substitute weekday for a holiday that falls at a weekend (Saturday → Monday, Sunday → Monday). */
function nextMondayIfWeekend(date: IsoDate): IsoDate {
  const dow = dayOfWeek(date);
  if (dow === 6) return addCalendarDays(date, 2);
  if (dow === 0) return addCalendarDays(date, 1);
  return date;
}

export function regularHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = [];
  const newYear = makeDate(year, 1, 1);
  const newYearObserved = nextMondayIfWeekend(newYear);
  holidays.push({
    date: newYearObserved,
    title: newYearObserved === newYear ? "New Year’s Day" : "New Year’s Day (substitute day)",
  });
  holidays.push({ date: addCalendarDays(easter, -2), title: "Good Friday" });
  holidays.push({ date: addCalendarDays(easter, 1), title: "Easter Monday" });
  holidays.push({ date: firstMonday(year, 5), title: "Early May bank holiday" });
  holidays.push({ date: lastMonday(year, 5, 31), title: "Spring bank holiday" });
  holidays.push({ date: lastMonday(year, 8, 31), title: "Summer bank holiday" });

  const christmas = makeDate(year, 12, 25);
  const boxing = makeDate(year, 12, 26);
  switch (dayOfWeek(christmas)) {
    case 6: // Saturday: Christmas moves to Monday 27th, Boxing Day to Tuesday 28th
      holidays.push({ date: makeDate(year, 12, 27), title: "Christmas Day (substitute day)" });
      holidays.push({ date: makeDate(year, 12, 28), title: "Boxing Day (substitute day)" });
      break;
    case 0: // Sunday: Boxing Day stays on Monday 26th, Christmas moves to Tuesday 27th
      holidays.push({ date: boxing, title: "Boxing Day" });
      holidays.push({ date: makeDate(year, 12, 27), title: "Christmas Day (substitute day)" });
      break;
    case 5: // Friday: Boxing Day falls on Saturday and moves to Monday 28th
      holidays.push({ date: christmas, title: "Christmas Day" });
      holidays.push({ date: makeDate(year, 12, 28), title: "Boxing Day (substitute day)" });
      break;
    default:
      holidays.push({ date: christmas, title: "Christmas Day" });
      holidays.push({ date: boxing, title: "Boxing Day" });
  }
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}
