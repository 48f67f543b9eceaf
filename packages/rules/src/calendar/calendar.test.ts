import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  councilCalendarSchema,
  createCouncilCalendar,
  englandAndWales,
  holidayName,
  isWorkingDay,
  nonWorkingReason,
  workingDaysBetween,
} from "./calendar";

describe("isWorkingDay (SI 2006/1738 reg 2)", () => {
  it.each([
    ["2021-12-24", true, "Friday before Christmas"],
    ["2021-12-25", false, "Christmas Day on a Saturday"],
    ["2021-12-27", false, "Christmas substitute"],
    ["2021-12-28", false, "Boxing Day substitute"],
    ["2023-04-07", false, "Good Friday"],
    ["2023-04-10", false, "Easter Monday"],
    ["2023-05-08", false, "Coronation bank holiday"],
    ["2023-05-09", true, "an ordinary Tuesday"],
    ["2029-03-30", false, "Good Friday outside the published years"],
    ["2030-05-06", false, "early May outside the published years"],
    ["2030-05-07", true, "an ordinary Tuesday outside the published years"],
    ["2011-04-29", true, "royal wedding 2011: not computable before the published years"],
  ])("%s is %s (%s)", (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it("says why a day is not a working day and names its holiday", () => {
    expect(nonWorkingReason("2024-06-01")).toBe("weekend");
    expect(nonWorkingReason("2024-12-25")).toBe("bank holiday");
    expect(nonWorkingReason("2024-12-24")).toBeNull();
    expect(holidayName("2024-12-25")).toBe("Christmas Day");
    expect(holidayName("2024-12-24")).toBeNull();
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["2021-12-24", 0, "2021-12-24"],
    ["2021-12-25", 0, "2021-12-25"],
    ["2021-12-24", 1, "2021-12-29"],
    ["2021-12-25", 1, "2021-12-29"],
    ["2021-12-20", 10, "2022-01-06"],
    ["2021-12-20", 20, "2022-01-20"],
    ["2023-04-06", 1, "2023-04-11"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2021-12-29", -1, "2021-12-24"],
    ["2021-12-25", -1, "2021-12-24"],
    ["2029-12-24", 2, "2029-12-28"],
  ])("%s + %i working days is %s", (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it("rejects a fractional number of days naming it", () => {
    expect(() => addWorkingDays("2023-01-03", 1.5)).toThrow(/^n: 1.5 is not a whole number of working days/);
    expect(() => addWorkingDays("2023-01-03", Number.NaN)).toThrow(/^n: NaN/);
  });
});

describe("workingDaysBetween", () => {
  it.each([
    ["2021-12-24", "2021-12-29", 1],
    ["2021-12-29", "2021-12-24", -1],
    ["2021-12-24", "2021-12-24", 0],
    ["2021-12-25", "2021-12-28", 0],
    ["2021-12-20", "2022-01-31", 27],
    ["2022-01-31", "2021-12-20", -27],
    ["2023-01-01", "2023-12-31", 251], // 260 weekdays less 9 weekday bank holidays,
    ["2029-12-31", "2031-01-01", 253], // 261 weekdays of 2030 less 8, and 1 January 2031 is a holiday,
    ["2013-12-31", "2014-12-31", 253],
  ])("from %s to %s is %i", (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it("returns 0, never -0, when no working day lies between a later from and an earlier to", () => {
    expect(Object.is(workingDaysBetween("2021-12-26", "2021-12-25"), 0)).toBe(true);
    expect(workingDaysBetween("2021-12-28", "2021-12-24")).toBe(0);
  });
});

describe("invalid dates are rejected, naming the value", () => {
  it.each(["2023-02-29", "2023-13-01", "hello", "2023-1-01", "2023-04-31", "2023-00-10", "2023-01-00", ""])("%j", (bad) => {
    const shown = new RegExp(`"${bad}" is not a valid date`);
    expect(() => isWorkingDay(bad)).toThrow(shown);
    expect(() => addWorkingDays(bad, 1)).toThrow(shown);
    expect(() => workingDaysBetween(bad, "2023-01-01")).toThrow(shown);
    expect(() => workingDaysBetween("2023-01-01", bad)).toThrow(new RegExp(`^to: "${bad}"`));
    expect(() => holidayName(bad)).toThrow(shown);
  });

  it("accepts a real leap day", () => {
    expect(isWorkingDay("2024-02-29")).toBe(true);
  });
});

describe("council calendars: local closure days kept apart", () => {
  const council = createCouncilCalendar({
    id: "example",
    name: "Example council",
    localClosureDays: [
      { date: "2021-12-29", reason: "Christmas closure" },
      { date: "2021-12-30", reason: "Christmas closure" },
      { date: "2021-12-25", reason: "Christmas closure (already a holiday)" },
      { date: "2022-01-01", reason: "New Year closure (a Saturday)" },
    ],
  });

  it("adds local closures on top of the statutory calendar without changing it", () => {
    expect(isWorkingDay("2021-12-29", council)).toBe(false);
    expect(nonWorkingReason("2021-12-29", council)).toBe("local closure");
    expect(holidayName("2021-12-29", council)).toBe("Christmas closure");
    expect(nonWorkingReason("2021-12-27", council)).toBe("bank holiday");
    expect(isWorkingDay("2021-12-29")).toBe(true);
    expect(englandAndWales.localClosures.size).toBe(0);
    expect(council.localClosures.size).toBe(4);
  });

  it("counts and adds around them, counting a closure on a holiday or weekend once", () => {
    expect(addWorkingDays("2021-12-24", 1, council)).toBe("2021-12-31");
    expect(workingDaysBetween("2021-12-24", "2021-12-31", council)).toBe(1);
    expect(workingDaysBetween("2021-12-24", "2021-12-31")).toBe(3);
    expect(workingDaysBetween("2021-12-31", "2021-12-24", council)).toBe(-1);
    expect(workingDaysBetween("2021-12-20", "2022-01-10", council)).toBe(10);
  });

  it("validates its input naming the field", () => {
    expect(councilCalendarSchema.parse({ id: "x", name: "X" }).localClosureDays).toEqual([]);
    expect(() => createCouncilCalendar({ id: "x", name: "X", localClosureDays: [{ date: "2021-02-30", reason: "r" }] })).toThrow(/localClosureDays/);
    expect(() => createCouncilCalendar({ id: "x", name: "X", localClosureDays: [{ date: "2021-12-29", reason: " " }] })).toThrow(
      /a local closure day needs a reason/,
    );
  });
});
