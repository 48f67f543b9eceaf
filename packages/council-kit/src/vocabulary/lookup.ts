import { compareDates, type IsoDate } from "@csc/rules";
import type { LocalOnlyEntry } from "./local-vocabulary";

/** True when the entry may be used on `on` (validFrom/validTo inclusive; open-ended when absent). */
export function isEffectiveOn(entry: Pick<LocalOnlyEntry, "validFrom" | "validTo">, on: IsoDate): boolean {
  if (entry.validFrom !== undefined && compareDates(on, entry.validFrom) < 0) return false;
  if (entry.validTo !== undefined && compareDates(on, entry.validTo) > 0) return false;
  return true;
}

/** True when the entry was in use at any time in [start, end]. */
export function isEffectiveDuring(entry: Pick<LocalOnlyEntry, "validFrom" | "validTo">, period: { start: IsoDate; end: IsoDate }): boolean {
  if (entry.validFrom !== undefined && compareDates(period.end, entry.validFrom) < 0) return false;
  if (entry.validTo !== undefined && compareDates(period.start, entry.validTo) > 0) return false;
  return true;
}

/** The entry with `code` in force on `on`, or undefined. */
export function findEntry<E extends LocalOnlyEntry>(entries: readonly E[], code: string, on: IsoDate): E | undefined {
  return entries.find((e) => e.code === code && isEffectiveOn(e, on));
}

/** True when two entries' date ranges share at least one day. */
export function rangesOverlap(a: Pick<LocalOnlyEntry, "validFrom" | "validTo">, b: Pick<LocalOnlyEntry, "validFrom" | "validTo">): boolean {
  const startA = a.validFrom ?? "0001-01-01";
  const endA = a.validTo ?? "9999-12-31";
  const startB = b.validFrom ?? "0001-01-01";
  const endB = b.validTo ?? "9999-12-31";
  return compareDates(startA, endB) <= 0 && compareDates(startB, endA) <= 0;
}
