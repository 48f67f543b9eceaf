import { financialYear, type Period } from "@csc/rules";
import { describe, expect, it } from "vitest";
import { warmUpAnalytics, warmUpYears } from "./analytics-warm-up";
import { COMPARISON_METRICS, type CouncilComparison } from "./comparison";

describe("the analytics workers' warm-up", () => {
  it("compares the last complete financial year and the one before it", () => {
    expect(warmUpYears("2026-12-06")).toEqual([2025, 2024]);
    expect(warmUpYears("2026-04-01")).toEqual([2025, 2024]);
    expect(warmUpYears("2026-03-31")).toEqual([2024, 2023]);
  });

  it("runs the comparison of every metric for each year, one after the other", async () => {
    const asked: Period[] = [];
    let inFlight = 0;
    await warmUpAnalytics(
      {
        compare: async (metrics, period) => {
          expect(metrics).toEqual(COMPARISON_METRICS);
          inFlight += 1;
          expect(inFlight).toBe(1);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight -= 1;
          asked.push(period);
          return { period, basis: "received", stage: "stage1", countedFrom: "rollup", councils: [] } satisfies CouncilComparison;
        },
      },
      "2026-12-06",
    );
    expect(asked).toEqual([financialYear(2025), financialYear(2024)]);
  });
});
