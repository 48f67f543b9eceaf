import { describe, expect, it } from "vitest";
import { formatValue, resolveFormat, roundTo } from "./format-value";

const defaults = { method: "half_up", percentDecimals: 0, averageDecimals: 1 } as const;

describe("roundTo", () => {
  it.each([
    [2.675, 2, "half_up", 2.68],
    [2.5, 0, "half_up", 3],
    [-2.5, 0, "half_up", -3],
    [2.5, 0, "half_even", 2],
    [3.5, 0, "half_even", 4],
    [2.51, 0, "half_even", 3],
    [2.49, 0, "half_even", 2],
    [84.99, 0, "floor", 84],
    [84.01, 0, "ceil", 85],
    [66.666666, 1, "half_up", 66.7],
    [-0.4, 0, "half_up", 0],
    [14.499999999999998, 0, "half_up", 15],
    [1.005, 2, "half_up", 1.01],
    [-84.01, 0, "floor", -85],
  ] as const)("roundTo(%s, %s, %s) = %s", (value, dp, method, expected) => {
    expect(roundTo(value, dp, method)).toBe(expected);
  });
});

describe("formatValue", () => {
  it("rounds counts to whole numbers and percentages/averages to the layout's decimals", () => {
    expect(formatValue(12, resolveFormat("count", defaults))).toBe(12);
    expect(formatValue(84.5, resolveFormat("percent", defaults))).toBe(85);
    expect(formatValue(84.5, resolveFormat({ type: "percent", rounding: "half_even" }, defaults))).toBe(84);
    expect(formatValue(12.345, resolveFormat("average", defaults))).toBe(12.3);
    expect(formatValue(12.345, resolveFormat({ type: "average", decimals: 2 }, defaults))).toBe(12.35);
  });
  it("writes text with a suffix, keeping the decimals", () => {
    expect(formatValue(84.5, resolveFormat({ type: "percent", suffix: "%" }, defaults))).toBe("85%");
    expect(formatValue(7, resolveFormat({ type: "percent", decimals: 1, suffix: "%" }, defaults))).toBe("7.0%");
    expect(formatValue(7, resolveFormat("text", defaults))).toBe("7");
    expect(formatValue(7, resolveFormat({ type: "text", suffix: " days" }, defaults))).toBe("7 days");
  });
  it("keeps null and drops non-finite values", () => {
    expect(formatValue(null, resolveFormat("percent", defaults))).toBeNull();
    expect(formatValue(Number.NaN, resolveFormat("average", defaults))).toBeNull();
  });
});

describe("formatValue: lessThan", () => {
  it("prints the council's words for a value below the threshold, and the figure otherwise", () => {
    const format = resolveFormat({ type: "percent", lessThan: { value: 1, text: "less than 1%" } }, defaults);
    expect(formatValue(0.596, format)).toBe("less than 1%");
    expect(formatValue(1, format)).toBe(1);
    expect(formatValue(null, format)).toBeNull();
  });
});

describe("formatValue: the size and direction of a change", () => {
  it("prints the size without its sign, rounded as the council rounds (down, for a council that truncates)", () => {
    const size = resolveFormat({ type: "percent", decimals: 1, rounding: "floor", absolute: true }, defaults);
    expect(formatValue(-11.88, size)).toBe(11.8);
    expect(formatValue(77.78, size)).toBe(77.7);
    expect(formatValue(-11.88, resolveFormat({ type: "percent", decimals: 1, rounding: "floor" }, defaults))).toBe(-11.9);
  });

  it("prints the direction in the council's words, a change that rounds to nothing as no change", () => {
    const words = resolveFormat(
      { type: "percent", decimals: 1, direction: { positive: "Increase", negative: "Decrease", zero: "Neu" }, absolute: true },
      defaults,
    );
    expect(formatValue(-4.698, words)).toBe("Decrease");
    expect(formatValue(77.78, words)).toBe("Increase");
    expect(formatValue(0.04, words)).toBe("Neu");
    expect(formatValue(null, words)).toBeNull();
  });
});
