import { describe, expect, it } from "vitest";
import { fixedTodayFrom } from "./fixed-today";

describe("CSC_TODAY, the fixed date browser tests give the gateway", () => {
  it("is the real date when not set", () => {
    expect(fixedTodayFrom({}, "demo")).toBeUndefined();
    expect(fixedTodayFrom({ CSC_TODAY: " " }, "production")).toBeUndefined();
  });

  it("fixes today in demo mode", () => {
    expect(fixedTodayFrom({ CSC_TODAY: "2026-06-30" }, "demo")?.()).toBe("2026-06-30");
  });

  it("is refused in production, and when it is not a date", () => {
    expect(() => fixedTodayFrom({ CSC_TODAY: "2026-06-30" }, "production")).toThrow(/refused outside demo mode/);
    expect(() => fixedTodayFrom({ CSC_TODAY: "2026-02-30" }, "demo")).toThrow(/YYYY-MM-DD, not "2026-02-30"/);
  });
});
