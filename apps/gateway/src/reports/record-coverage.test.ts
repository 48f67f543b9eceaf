import { describe, expect, it } from "vitest";
import { outsideCoverage, withCoverage } from "./record-coverage";

const coverage = { firstReceivedOn: "2019-04-03", lastReceivedOn: "2022-03-30" } as const;
const year = (y: number) => ({ start: `${y}-04-01`, end: `${y + 1}-03-31` }) as const;

describe("record coverage", () => {
  it("puts a period outside when it ends before the first case or starts after the last, or when there is no case", () => {
    expect(outsideCoverage(year(2018), coverage)).toBe(true);
    expect(outsideCoverage(year(2019), coverage)).toBe(false);
    expect(outsideCoverage(year(2021), coverage)).toBe(false);
    expect(outsideCoverage(year(2022), coverage)).toBe(true);
    expect(outsideCoverage(year(2021), null)).toBe(true);
  });

  it("calls a figure that counted nothing outside the coverage no records, and leaves every other figure as it is", () => {
    const zero = { value: 0, base: 0, suppressed: false, missing: null };
    const noBase = { value: null, base: 0, suppressed: false, missing: "no_base" } as const;
    expect(withCoverage(zero, true)).toEqual({ value: null, base: 0, suppressed: false, missing: "no_records" });
    expect(withCoverage(noBase, true)).toMatchObject({ value: null, missing: "no_records" });
    expect(withCoverage(zero, false)).toBe(zero);
    // Counted something (a case received before the coverage's end, completed after it): kept.
    const counted = { value: 3, base: 3, suppressed: false, missing: null };
    expect(withCoverage(counted, true)).toBe(counted);
    // Missing for a reason records would not change.
    const noContext = { value: null, base: 0, suppressed: false, missing: "no_context_figure" } as const;
    const notApplicable = { value: null, base: 0, suppressed: false, missing: "not_applicable" } as const;
    expect(withCoverage(noContext, true)).toBe(noContext);
    expect(withCoverage(notApplicable, true)).toBe(notApplicable);
  });
});
