import { describe, expect, it } from "vitest";
import { createCouncilCalendar } from "../calendar/index";
import { addCalendarMonths, countingStart, workingDayDeadline } from "./counting";

describe("the counting convention (day of receipt is day 0)", () => {
  it.each([
    ["a working day stays", "2023-01-09", "next_working_day", "2023-01-09"],
    ["a Saturday moves to Monday", "2023-01-07", "next_working_day", "2023-01-09"],
    ["Good Friday moves past Easter Monday", "2023-04-07", "next_working_day", "2023-04-11"],
    ["as_is keeps a Saturday", "2023-01-07", "as_is", "2023-01-07"],
  ] as const)("%s", (_name, date, nonWorkingDayStart, expected) => {
    expect(countingStart(date, undefined, { nonWorkingDayStart })).toBe(expected);
  });

  it.each([
    ["received Monday 9 Jan 2023, 10 working days", "2023-01-09", 10, "next_working_day", "2023-01-23"],
    ["received Saturday 7 Jan 2023 counts from Monday", "2023-01-07", 10, "next_working_day", "2023-01-23"],
    ["received Saturday 7 Jan 2023 counted as is", "2023-01-07", 10, "as_is", "2023-01-20"],
    ["over Christmas 2021", "2021-12-20", 10, "next_working_day", "2022-01-06"],
  ] as const)("%s", (_name, date, days, nonWorkingDayStart, expected) => {
    expect(workingDayDeadline(date, days, undefined, { nonWorkingDayStart })).toBe(expected);
  });

  it("uses a council's local closure days", () => {
    const calendar = createCouncilCalendar({ id: "c", name: "C", localClosureDays: [{ date: "2023-01-10", reason: "closure" }] });
    expect(workingDayDeadline("2023-01-09", 1, calendar)).toBe("2023-01-11");
    expect(workingDayDeadline("2023-01-09", 1)).toBe("2023-01-10");
  });
});

describe("addCalendarMonths", () => {
  it.each([
    ["2023-01-15", 6, "2023-07-15"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2023-12-01", 1, "2024-01-01"],
    ["2022-02-28", 12, "2023-02-28"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});
