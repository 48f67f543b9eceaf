import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, round, roundHalfEven, roundHalfUp, roundingModeSchema } from "./rounding";

describe("rounding a council can choose", () => {
  it.each([
    [2.5, 0, 3],
    [3.5, 0, 4],
    [-2.5, 0, -3],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [15.45, 1, 15.5],
    [82.35, 1, 82.4],
    [100 * (2 / 3), 1, 66.7],
    [1e-7, 2, 0],
    [-0.004, 2, 0],
    [1234.5, 0, 1235],
  ])("half up (Excel ROUND): %s to %i places is %s", (x, dp, expected) => {
    expect(Object.is(roundHalfUp(x, dp), expected)).toBe(true);
  });

  it.each([
    [2.5, 0, 2],
    [3.5, 0, 4],
    [-2.5, 0, -2],
    [2.675, 2, 2.68],
    [2.665, 2, 2.66],
    [15.45, 1, 15.4],
    [15.451, 1, 15.5],
    [15.44, 1, 15.4],
    [-0.5, 0, 0],
    [1e21, 0, 1e21],
  ])("half even (banker's): %s to %i places is %s", (x, dp, expected) => {
    expect(Object.is(roundHalfEven(x, dp), expected)).toBe(true);
  });

  it("round picks the mode, half up by default", () => {
    expect(round(0.5)).toBe(1);
    expect(round(0.5, 0, "half_even")).toBe(0);
    expect(roundingModeSchema.options).toEqual(["half_up", "half_even"]);
  });

  it("rejects bad input naming it", () => {
    expect(() => roundHalfUp(Number.NaN)).toThrow(/^value: NaN is not a finite number/);
    expect(() => roundHalfEven(Number.POSITIVE_INFINITY)).toThrow(/^value: Infinity/);
    expect(() => roundHalfUp(1, -1)).toThrow(/^decimals: -1 must be a whole number from 0 to 10/);
    expect(() => roundHalfEven(1, 1.5)).toThrow(/^decimals: 1.5/);
    expect(() => roundHalfUp(1, 11)).toThrow(/^decimals: 11/);
  });

  it("formats percentages and numbers as published", () => {
    expect(formatPercent(15.4999)).toBe("15%");
    expect(formatPercent(15.45, { decimals: 1 })).toBe("15.5%");
    expect(formatPercent(15.45, { decimals: 1, rounding: "half_even" })).toBe("15.4%");
    expect(formatPercent(100)).toBe("100%");
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(null, { empty: "n/a" })).toBe("n/a");
    expect(formatNumber(20.5)).toBe("21");
    expect(formatNumber(20.5, { decimals: 2 })).toBe("20.50");
    expect(formatNumber(7)).toBe("7");
  });
});
