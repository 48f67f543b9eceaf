import { describe, expect, it } from "vitest";
import { inPeriod, makePeriod, monthKey, periodContains, periodSchema } from "./period";

describe("periods", () => {
  const p = { start: "2021-04-01", end: "2022-03-31" };

  it("contains both ends", () => {
    expect(periodContains(p, "2021-04-01")).toBe(true);
    expect(periodContains(p, "2022-03-31")).toBe(true);
    expect(periodContains(p, "2021-03-31")).toBe(false);
    expect(periodContains(p, "2022-04-01")).toBe(false);
    expect(inPeriod(p, null)).toBe(false);
    expect(inPeriod(p, undefined)).toBe(false);
    expect(inPeriod(p, "2021-10-10")).toBe(true);
  });

  it("validates at the edge naming the field", () => {
    expect(periodSchema.parse(p)).toEqual(p);
    expect(periodSchema.parse({ start: "2021-04-01", end: "2021-04-01" })).toBeTruthy();
    const bad = periodSchema.safeParse({ start: "2021-04-02", end: "2021-04-01" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["end"]);
    expect(bad.error?.issues[0]?.message).toMatch(/end must be on or after start/);
    const badDate = periodSchema.safeParse({ start: "2021-02-29", end: "2021-04-01" });
    expect(badDate.error?.issues[0]?.path).toEqual(["start"]);
  });

  it("makePeriod throws naming the field and the rule", () => {
    expect(makePeriod("2021-04-01", "2021-06-30")).toEqual({ start: "2021-04-01", end: "2021-06-30" });
    expect(() => makePeriod("2021-04-02", "2021-04-01")).toThrow(/^end: "2021-04-01" is before start "2021-04-02"/);
    expect(() => makePeriod("hello", "2021-04-01")).toThrow(/start: "hello"/);
    expect(() => makePeriod("2021-04-01", "2021-13-01")).toThrow(/end: "2021-13-01"/);
  });

  it("keys months", () => {
    expect(monthKey("2021-04-30")).toBe("2021-04");
    expect(() => monthKey("2021-4-30")).toThrow(/"2021-4-30"/);
  });
});
