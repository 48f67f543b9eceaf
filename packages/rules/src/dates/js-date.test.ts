import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "./iso-date";
import { dateFromIso, dateFromIsoOrNull, isoFromDate, isoFromDateOrNull } from "./js-date";

describe("ISO dates and JavaScript Dates (storage)", () => {
  it("maps an ISO date to UTC midnight and back", () => {
    expect(dateFromIso("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z"); // the day the clocks go forward
    expect(isoFromDate(new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-25"); // UTC, not London
    expect(dateFromIsoOrNull(null)).toBeNull();
    expect(dateFromIsoOrNull(undefined)).toBeNull();
    expect(isoFromDateOrNull(null)).toBeNull();
    expect(isoFromDateOrNull(dateFromIso("2024-02-29"))).toBe("2024-02-29");
  });

  it("round-trips every date from 1970 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 84_000 }), (n) => {
        const iso = fromDayNumber(n);
        expect(isoFromDate(dateFromIso(iso))).toBe(iso);
      }),
    );
  });
});
