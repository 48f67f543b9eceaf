import type { CountedUnit, OpenInterval } from "@csc/rules";

/**
 * The days a stored counted unit's dates lie within, as counted_unit stores them (`span_from`, `span_to`, migration
 * 1769540000001): the earliest and the latest of every date a period filter of measureFromUnits can test (each
 * metric's basis dates `r` and `c`; the ends of the case's and its stages' open intervals). An interval still open
 * (`to` null) makes the span open-ended ('infinity'); a unit with no date at all spans every day. Only a bound for
 * the planner's index: measureFromUnits still decides by the exact filters, so a unit kept by them is never outside
 * its span and no figure depends on it. PostgreSQL dates: ISO days, or '-infinity' / 'infinity'.
 */
export function unitSpan(unit: Pick<CountedUnit, "metrics" | "open" | "stages">): { readonly from: string; readonly to: string } {
  const days: string[] = [];
  let openEnded = false;
  const addIntervals = (intervals: readonly OpenInterval[]): void => {
    for (const [from, to] of intervals) {
      days.push(from);
      if (to === null) openEnded = true;
      else days.push(to);
    }
  };
  for (const count of Object.values(unit.metrics)) {
    if (count === false) continue;
    if (count.r !== undefined) days.push(count.r);
    if (count.c !== undefined) days.push(count.c);
  }
  addIntervals(unit.open);
  for (const stage of unit.stages) addIntervals(stage.o);
  if (days.length === 0) return { from: "-infinity", to: "infinity" };
  days.sort();
  return { from: days[0] as string, to: openEnded ? "infinity" : (days[days.length - 1] as string) };
}
