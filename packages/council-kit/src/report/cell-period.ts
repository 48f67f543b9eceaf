import { daysInMonth, financialYearStartOf, makeDate, quarter, type IsoDate, type Period, type QuarterNumber } from "@csc/rules";

/** The same day `years` years later (29 February becomes 28 February in a common year). */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = y + years;
  return makeDate(year, m, Math.min(d, daysInMonth(year, m)));
}

/**
 * The period a cell counts over: the report period moved by `yearOffset` years ("previous year" columns), or
 * one quarter (1 = April–June) of the financial year that (moved) period starts in.
 */
export function cellPeriod(period: Period, yearOffset = 0, quarterNumber?: QuarterNumber): Period {
  const moved = yearOffset === 0 ? period : { start: shiftYears(period.start, yearOffset), end: shiftYears(period.end, yearOffset) };
  return quarterNumber === undefined ? moved : quarter(financialYearStartOf(moved.start), quarterNumber);
}
