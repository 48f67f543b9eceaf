import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./calendar";

describe("calendar smoke", () => {
  it("skips Christmas 2021 substitutes", () => {
    expect(isWorkingDay("2021-12-27")).toBe(false);
    expect(addWorkingDays("2021-12-24", 1)).toBe("2021-12-29");
    expect(workingDaysBetween("2021-12-24", "2021-12-29")).toBe(1);
    expect(workingDaysBetween("2021-12-29", "2021-12-24")).toBe(-1);
  });
  it("rejects invalid dates by name", () => {
    expect(() => isWorkingDay("2023-02-29")).toThrow(/"2023-02-29"/);
  });
});
