import type { IsoDate } from "./iso-date";

/**
 * The one conversion between the engine's ISO dates and JavaScript `Date`s, for storage: a PostgreSQL `date`
 * column is written and read (Prisma) as the `Date` at UTC midnight of its day, so the host's zone never matters.
 */
export function dateFromIso(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The ISO date (`YYYY-MM-DD`, UTC) of a `Date`: the inverse of dateFromIso for a stored date. */
export function isoFromDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** dateFromIso, passing null (and undefined) through as null: for optional date columns. */
export function dateFromIsoOrNull(iso: IsoDate | null | undefined): Date | null {
  return iso ? dateFromIso(iso) : null;
}

/** isoFromDate, passing null (and undefined) through as null: for optional date columns. */
export function isoFromDateOrNull(date: Date | null | undefined): IsoDate | null {
  return date ? isoFromDate(date) : null;
}
