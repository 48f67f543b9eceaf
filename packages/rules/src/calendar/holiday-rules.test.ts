import { describe, expect, it } from "vitest";
import { statutoryHolidays } from "./calendar";
import { easterSunday, regularHolidays } from "./holiday-rules";

describe("Easter Sunday", () => {
  // Dates from published Easter tables, including the earliest (22 March) and latest (25 April) possible.
  it.each([
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2028, "2028-04-16"],
    [2029, "2029-04-01"],
    [2030, "2030-04-21"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("regular bank holidays outside the published years", () => {
  it.each([
    [2028, ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"]],
    [2029, ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"]],
    [2030, ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"]],
    [2013, ["2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25", "2013-12-26"]],
  ])("%i is computed from the rules", (year, dates) => {
    expect(statutoryHolidays(year).map((h) => h.date)).toEqual(dates);
  });

  it.each([
    [2032, "Saturday", ["2032-12-27", "2032-12-28"]],
    [2033, "Sunday", ["2033-12-26", "2033-12-27"]],
    [2031, "Thursday", ["2031-12-25", "2031-12-26"]],
    [2037, "Friday", ["2037-12-25", "2037-12-28"]],
  ])("Christmas %i on a %s moves to a weekday", (year, _day, dates) => {
    expect(
      regularHolidays(year)
        .filter((h) => h.date >= `${year}-12-01`)
        .map((h) => h.date),
    ).toEqual(dates);
  });

  it("moves New Year's Day off a weekend with a substitute title", () => {
    expect(regularHolidays(2033)[0]).toEqual({ date: "2033-01-03", title: "New Year’s Day (substitute day)" });
    expect(regularHolidays(2034)[0]).toEqual({ date: "2034-01-02", title: "New Year’s Day (substitute day)" });
    expect(regularHolidays(2030)[0]).toEqual({ date: "2030-01-01", title: "New Year’s Day" });
  });

  it("every regular holiday is a weekday and the list is in date order", () => {
    for (let year = 1990; year <= 2100; year += 1) {
      const dates = regularHolidays(year).map((h) => h.date);
      expect(dates).toHaveLength(8);
      expect([...dates].sort()).toEqual(dates);
      for (const d of dates) expect(new Date(`${d}T00:00:00Z`).getUTCDay() % 6, d).not.toBe(0);
    }
  });
});
