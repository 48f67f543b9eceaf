import { z } from "zod";
import { type IsoDate, assertIsoDate, compareDates, isIsoDate, isoDateSchema } from "../dates/iso-date";

/** A reporting period: both ends inclusive, ISO dates. */
export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** zod schema for a period at the engine's edges: two real dates, `end` on or after `start`. */
export const periodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((p) => !isIsoDate(p.start) || !isIsoDate(p.end) || compareDates(p.end, p.start) >= 0, {
    path: ["end"],
    message: "end must be on or after start (a period's ends are both inclusive)",
  });

/** Builds a period, throwing an error that names the field and the rule when it is not one. */
export function makePeriod(start: IsoDate, end: IsoDate): Period {
  assertIsoDate(start, "start");
  assertIsoDate(end, "end");
  if (compareDates(end, start) < 0) {
    throw new RangeError(`end: "${end}" is before start "${start}"; a period's end must be on or after its start`);
  }
  return { start, end };
}

/** True when `date` falls within the period (both ends inclusive). */
export function periodContains(period: Period, date: IsoDate): boolean {
  return compareDates(date, period.start) >= 0 && compareDates(date, period.end) <= 0;
}

/** True when `date` is set and falls within the period. */
export function inPeriod(period: Period, date: IsoDate | null | undefined): date is IsoDate {
  return date !== null && date !== undefined && periodContains(period, date);
}

/** The calendar month of a date, written YYYY-MM (the "month" dimension's key). */
export function monthKey(date: IsoDate): string {
  assertIsoDate(date);
  return date.slice(0, 7);
}
