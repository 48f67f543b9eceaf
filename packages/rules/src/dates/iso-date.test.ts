import { describe, expect, it } from "vitest";
import {
  InvalidDateError,
  addCalendarDays,
  assertIsoDate,
  calendarDaysBetween,
  compareDates,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isoDateSchema,
  makeDate,
  toDayNumber,
  yearOf,
} from "./iso-date";

describe("ISO dates", () => {
  it.each(["2024-02-29", "2023-12-31", "2000-02-29", "0048-02-29", "9999-12-31"])("%s is a date", (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each(["2023-02-29", "1900-02-29", "0050-02-29", "2023-13-01", "hello", "2023-1-1", " 2023-01-01", "2023-01-01T00:00", 20230101, null])(
    "%j is not a date",
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );

  it("errors name the value and the field", () => {
    expect(() => assertIsoDate("2023-02-29", "receivedOn")).toThrow(
      'receivedOn: "2023-02-29" is not a valid date; expected a real calendar date written YYYY-MM-DD',
    );
    expect(() => assertIsoDate(42)).toThrow(/^42 is not a valid date/);
    const error = new InvalidDateError("x");
    expect(error.name).toBe("InvalidDateError");
    expect(error.value).toBe("x");
    expect(isoDateSchema.safeParse("2023-02-29").error?.issues[0]?.message).toBe("must be a real calendar date written YYYY-MM-DD");
  });

  it("day numbers round-trip and know the day of the week, whatever the host's time zone", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(fromDayNumber(19_000)).toBe("2022-01-08");
    expect(toDayNumber("2022-01-08")).toBe(19_000);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("1969-12-28")).toBe(0);
    expect(dayOfWeek("2023-05-08")).toBe(1);
    expect(dayOfWeek("0001-01-01")).toBe(1); // proleptic Gregorian: 1 January AD 1 was a Monday
    expect(fromDayNumber(toDayNumber("0050-03-01"))).toBe("0050-03-01");
  });

  it("does calendar arithmetic", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(calendarDaysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(calendarDaysBetween("2025-01-01", "2024-01-01")).toBe(-366);
    expect(compareDates("2024-01-02", "2024-01-01")).toBe(1);
    expect(yearOf("2024-06-30")).toBe(2024);
    expect(() => yearOf("2024-06-31")).toThrow(/"2024-06-31"/);
    expect(makeDate(2024, 6, 3)).toBe("2024-06-03");
    expect(makeDate(50, 1, 1)).toBe("0050-01-01");
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
  });
});

describe("day numbers remembered", () => {
  it("answer the same the second time, both ways, and still refuse a date that does not exist", () => {
    const first = toDayNumber("2024-02-29");
    expect(toDayNumber("2024-02-29")).toBe(first);
    expect(fromDayNumber(first)).toBe("2024-02-29");
    expect(fromDayNumber(first)).toBe("2024-02-29");
    expect(() => toDayNumber("2023-02-29")).toThrow();
    expect(() => toDayNumber("2023-02-29")).toThrow();
  });
});
