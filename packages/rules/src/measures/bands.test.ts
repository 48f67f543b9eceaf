import { describe, expect, it } from "vitest";
import { DEFAULT_BAND_THRESHOLDS, bandKeys, bandThresholds, timelinessBand } from "./bands";

describe("timeliness bands", () => {
  it.each([
    [0, "within_10"],
    [10, "within_10"],
    [11, "within_20"],
    [20, "within_20"],
    [21, "within_40"],
    [40, "within_40"],
    [41, "over_40"],
    [null, "open"],
  ])("Stage 1: %s working days is %s", (days, band) => {
    expect(timelinessBand(days, DEFAULT_BAND_THRESHOLDS.stage1)).toBe(band);
  });

  it.each([
    [25, "within_25"],
    [26, "within_65"],
    [65, "within_65"],
    [66, "over_65"],
  ])("Stage 2: %s working days is %s", (days, band) => {
    expect(timelinessBand(days, bandThresholds("stage2"))).toBe(band);
  });

  it("lists keys in report order and takes a council's own thresholds", () => {
    expect(bandKeys(bandThresholds("stage3"))).toEqual(["within_30", "over_30", "open"]);
    expect(bandThresholds("stage1", [5])).toEqual([5]);
    expect(timelinessBand(6, [5])).toBe("over_5");
  });

  it.each([[[]], [[10, 10]], [[0, 5]], [[1.5]]])("rejects thresholds %j", (thresholds) => {
    expect(() => bandKeys(thresholds)).toThrow(/^bands: .* strictly ascending/);
    expect(() => timelinessBand(3, thresholds)).toThrow(/^bands: /);
  });
});
