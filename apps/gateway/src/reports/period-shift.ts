import { cellPeriod } from "@csc/council-kit";
import type { IsoDate, Period } from "@csc/rules";

export type { Period };

/** The start of `period` moved by `yearOffset` years, as council-kit moves a cell's period. */
export function cellPeriodStart(period: Period, yearOffset: number): IsoDate {
  return cellPeriod(period, yearOffset).start;
}
