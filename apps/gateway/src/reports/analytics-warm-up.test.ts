import type { Report } from "@csc/council-kit";
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

  it("runs the comparison of every metric for each year, one after the other, then the first council's report", async () => {
    const asked: string[] = [];
    let inFlight = 0;
    const oneAtATime = async (what: string) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      asked.push(what);
    };
    const councils = [
      { councilId: "council-a", name: "A", figures: [] },
      { councilId: "council-b", name: "B", figures: [] },
    ];
    await warmUpAnalytics(
      {
        compare: async (metrics, period: Period) => {
          expect(metrics).toEqual(COMPARISON_METRICS);
          await oneAtATime(`compare ${period.start}`);
          return { period, basis: "received", stage: "stage1", countedFrom: "rollup", councils } satisfies CouncilComparison;
        },
        report: async (councilId, period) => {
          await oneAtATime(`report ${councilId} ${period.start}`);
          return {} as Report;
        },
      },
      "2026-12-06",
    );
    expect(asked).toEqual([
      `compare ${financialYear(2025).start}`,
      `compare ${financialYear(2024).start}`,
      `report council-a ${financialYear(2025).start}`,
    ]);
  });

  it("asks for no report when no council is active", async () => {
    const asked: string[] = [];
    await warmUpAnalytics(
      {
        compare: (_metrics, period) => {
          asked.push("compare");
          return Promise.resolve({ period, basis: "received", stage: "stage1", countedFrom: "rollup", councils: [] });
        },
        report: () => {
          asked.push("report");
          return Promise.resolve({} as Report);
        },
      },
      "2026-12-06",
    );
    expect(asked).toEqual(["compare", "compare"]);
  });
});
