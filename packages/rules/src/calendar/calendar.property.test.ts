import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, compareDates, fromDayNumber, toDayNumber } from "../dates/iso-date";
import { type Calendar, addWorkingDays, createCouncilCalendar, isWorkingDay, workingDaysBetween } from "./calendar";

/** Any date from 2014-01-01 to 2030-12-31. */
const FIRST = toDayNumber("2014-01-01");
const LAST = toDayNumber("2030-12-31");
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const days = fc.integer({ min: 0, max: 400 });
const runs = { numRuns: 250 };

/** A council calendar with a few random local closure days (some on weekends or bank holidays). */
const councilCalendar: fc.Arbitrary<Calendar> = fc
  .uniqueArray(date, { maxLength: 12 })
  .map((dates) => createCouncilCalendar({ id: "c", name: "C", localClosureDays: dates.map((d) => ({ date: d, reason: "closure" })) }));
const calendar = fc.oneof(fc.constant<Calendar | undefined>(undefined), councilCalendar);

/** Reference count, one day at a time: working days d with from < d ≤ to (negated when to < from). */
function countByWalking(from: string, to: string, cal?: Calendar): number {
  const [lo, hi, sign] = compareDates(from, to) <= 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addCalendarDays(lo, 1); compareDates(d, hi) <= 0; d = addCalendarDays(d, 1)) {
    if (isWorkingDay(d, cal)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}

// Generous per-test time: property runs share two cores with every other test file in CI.
describe("calendar properties, 2014–2030", { timeout: 120_000 }, () => {
  it("workingDaysBetween(d, addWorkingDays(d, n)) === n", () => {
    fc.assert(
      fc.property(date, days, calendar, (d, n, cal) => workingDaysBetween(d, addWorkingDays(d, n, cal), cal) === n),
      runs,
    );
  });

  it("addWorkingDays(d, n ≥ 1) is a working day strictly after d", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), calendar, (d, n, cal) => {
        const result = addWorkingDays(d, n, cal);
        return isWorkingDay(result, cal) && compareDates(result, d) > 0;
      }),
      runs,
    );
  });

  it("is monotonic in n and in the start date", () => {
    fc.assert(
      fc.property(date, date, days, days, calendar, (d1, d2, n, m, cal) => {
        const [a, b] = compareDates(d1, d2) <= 0 ? [d1, d2] : [d2, d1];
        const [small, large] = n <= m ? [n, m] : [m, n];
        expect(compareDates(addWorkingDays(a, small, cal), addWorkingDays(a, large, cal))).toBeLessThanOrEqual(0);
        if (small < large) expect(compareDates(addWorkingDays(a, small, cal), addWorkingDays(a, large, cal))).toBeLessThan(0);
        expect(compareDates(addWorkingDays(a, n, cal), addWorkingDays(b, n, cal))).toBeLessThanOrEqual(0);
        expect(workingDaysBetween(a, b, cal)).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it("additions compose: addWorkingDays(addWorkingDays(d, a), b) === addWorkingDays(d, a + b)", () => {
    fc.assert(
      fc.property(date, days, days, calendar, (d, a, b, cal) => {
        expect(addWorkingDays(addWorkingDays(d, a, cal), b, cal)).toBe(addWorkingDays(d, a + b, cal));
      }),
      runs,
    );
  });

  it("counts are additive and antisymmetric", () => {
    fc.assert(
      fc.property(date, date, date, calendar, (a, b, c, cal) => {
        expect(workingDaysBetween(a, b, cal) + workingDaysBetween(b, c, cal)).toBe(workingDaysBetween(a, c, cal));
        expect(workingDaysBetween(b, a, cal) + workingDaysBetween(a, b, cal)).toBe(0);
        expect(Object.is(workingDaysBetween(a, a, cal), 0)).toBe(true);
      }),
      runs,
    );
  });

  it("the fast count equals a day-by-day walk", () => {
    const nearby = fc.tuple(date, fc.integer({ min: -500, max: 500 }));
    fc.assert(
      fc.property(nearby, calendar, ([from, offset], cal) => {
        const to = addCalendarDays(from, offset);
        expect(workingDaysBetween(from, to, cal)).toBe(countByWalking(from, to, cal));
      }),
      { numRuns: 200 },
    );
  });

  it("counting back from a working day and forward again returns to it", () => {
    fc.assert(
      fc.property(date, days, calendar, (d, n, cal) => {
        fc.pre(isWorkingDay(d, cal));
        expect(addWorkingDays(addWorkingDays(d, -n, cal), n, cal)).toBe(d);
      }),
      runs,
    );
  });
});
