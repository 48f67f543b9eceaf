import { describe, expect, it } from "vitest";
import { resolveLabel } from "./labels";

describe("resolveLabel", () => {
  const year = { start: "2021-04-01", end: "2022-03-31" };
  it("names the report's financial year and earlier ones", () => {
    expect(resolveLabel("{year}", year)).toBe("2021/22");
    expect(resolveLabel("{year-1}", year)).toBe("2020/21");
    expect(resolveLabel("Change {year-2} to {year}", year)).toBe("Change 2019/20 to 2021/22");
    expect(resolveLabel("{year-1-hyphen}", year)).toBe("2020-21");
  });
  it("uses the financial year the period starts in (a quarter too)", () => {
    expect(resolveLabel("{year}", { start: "2022-01-01", end: "2022-03-31" })).toBe("2021/22");
  });
  it("keeps other text", () => {
    expect(resolveLabel("Number", year)).toBe("Number");
    expect(resolveLabel("{years}", year)).toBe("{years}");
  });
});
