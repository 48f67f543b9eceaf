import { describe, expect, it } from "vitest";
import { DIMENSIONS, DIMENSION_NAMES, dimensionInfo, isDimensionKey } from "./dimensions";
import { measureSpecSchema, parseMeasureSpec } from "./measure-spec";
import { METRICS, METRIC_NAMES, isMetric } from "./metrics";

describe("METRICS and DIMENSIONS catalogues", () => {
  it("describe every metric with its unit and basis", () => {
    expect(METRIC_NAMES.length).toBeGreaterThan(15);
    for (const name of METRIC_NAMES) {
      const info = METRICS[name];
      expect(info.description.length).toBeGreaterThan(10);
      expect(info.basisNote.length).toBeGreaterThan(10);
    }
    expect(METRICS.open_at_end.bases).toEqual([]);
    expect(METRICS.cases_completed.bases[0]).toBe("completed");
    expect(METRICS.cases_received.bases).toEqual(["received"]);
    expect(isMetric("reasons")).toBe(true);
    expect(isMetric("toString")).toBe(false);
  });

  it("names canonical, local and time dimensions", () => {
    expect(DIMENSIONS.outcome.values).toContain("upheld");
    expect(DIMENSIONS.team.values).toBeNull();
    expect(DIMENSIONS.team.multiple).toBe(true);
    expect(DIMENSION_NAMES).toEqual(expect.arrayContaining(["month", "quarter", "financialYear", "localOutcome"]));
    expect(isDimensionKey("local:causeOfSatisfaction")).toBe(true);
    expect(isDimensionKey("local:")).toBe(false);
    expect(isDimensionKey("constructor")).toBe(false);
    expect(dimensionInfo("local:cause")).toMatchObject({ source: "local", values: null, multiple: false });
    expect(dimensionInfo("stage").level).toBe("stage");
  });
});

describe("measureSpecSchema", () => {
  it("accepts a full spec", () => {
    const spec = parseMeasureSpec({
      metric: "percent_within_timescale",
      stage: "stage1",
      filter: { kind: ["complaint"], "local:cause": ["x"] },
      groupBy: ["serviceArea", "quarter"],
      basis: "received",
      withinWorkingDays: 10,
      bands: [10, 20],
      includeEmpty: true,
    });
    expect(spec.groupBy).toEqual(["serviceArea", "quarter"]);
  });

  it.each([
    [{ metric: "cases" }, /metric: must be one of cases_received/],
    [{ metric: "cases_received", basis: "completed" }, /basis: "completed" does not apply to cases_received; use "received"/],
    [{ metric: "open_at_end", basis: "received" }, /it is a snapshot with no basis/],
    [{ metric: "cases_received", filter: { colour: ["red"] } }, /filter.colour: "colour" is not a known dimension/],
    [{ metric: "cases_received", filter: { kind: [] } }, /a filter needs at least one allowed value/],
    [{ metric: "cases_received", groupBy: ["kind", "kind"] }, /groupBy: the two dimensions must differ/],
    [{ metric: "cases_received", groupBy: ["kind", "channel", "team"] }, /groupBy takes one or two dimensions/],
    [{ metric: "cases_received", groupBy: ["colour"] }, /must be a known dimension/],
    [{ metric: "cases_received", withinWorkingDays: 10 }, /withinWorkingDays: applies only to within_timescale/],
    [{ metric: "cases_completed", bands: [20, 10] }, /bands: thresholds must be strictly ascending/],
    [{ metric: "cases_completed", extra: 1 }, /extra|Unrecognized/],
    [{ metric: "percent_within_timescale", share: true }, /share: applies only to count metrics; percent_within_timescale gives a percentage/],
  ])("rejects %j naming the field", (input, message) => {
    expect(() => parseMeasureSpec(input)).toThrow(message);
    expect(measureSpecSchema.safeParse(input).success).toBe(false);
  });

  it("names the spec itself when it is not an object", () => {
    expect(() => parseMeasureSpec(null)).toThrow(/Invalid measure spec: spec: /);
  });
});
