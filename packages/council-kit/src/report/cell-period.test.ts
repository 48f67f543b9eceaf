import { describe, expect, it } from "vitest";
import { cellPeriod, shiftYears } from "./cell-period";

describe("cellPeriod", () => {
  const year = { start: "2021-04-01", end: "2022-03-31" };
  it("is the report period by default", () => {
    expect(cellPeriod(year)).toEqual(year);
  });
  it("moves by whole years for previous-year columns", () => {
    expect(cellPeriod(year, -1)).toEqual({ start: "2020-04-01", end: "2021-03-31" });
    expect(cellPeriod(year, -3)).toEqual({ start: "2018-04-01", end: "2019-03-31" });
  });
  it("picks a quarter of the (moved) financial year", () => {
    expect(cellPeriod(year, 0, 1)).toEqual({ start: "2021-04-01", end: "2021-06-30" });
    expect(cellPeriod(year, -1, 4)).toEqual({ start: "2021-01-01", end: "2021-03-31" });
  });
  it("turns 29 February into 28 February in a common year", () => {
    expect(shiftYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(shiftYears("2024-02-29", -4)).toBe("2020-02-29");
  });
});
