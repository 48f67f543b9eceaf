import type { IsoDate } from "@csc/rules";

/** Today's date in England: working days are English dates, so the date in Europe/London, not UTC. */
export function todayInLondon(): IsoDate {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
}
