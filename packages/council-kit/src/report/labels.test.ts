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
  it("writes four-digit years and the calendar years a financial year starts and ends in", () => {
    expect(resolveLabel("{year-full}", year)).toBe("2021/2022");
    expect(resolveLabel("{year-1-full}", year)).toBe("2020/2021");
    expect(resolveLabel("As at 31 March {year-end}", year)).toBe("As at 31 March 2022");
    expect(resolveLabel("31 March {year-1-end}", year)).toBe("31 March 2021");
    expect(resolveLabel("1 April {year-start} to 31 March {year-end}", year)).toBe("1 April 2021 to 31 March 2022");
    expect(resolveLabel("{year-2-start}", year)).toBe("2019");
    expect(resolveLabel("{year-long}", year)).toBe("{year-long}");
  });

  it("uses the financial year the period starts in (a quarter too)", () => {
    expect(resolveLabel("{year}", { start: "2022-01-01", end: "2022-03-31" })).toBe("2021/22");
  });
  it("keeps other text", () => {
    expect(resolveLabel("Number", year)).toBe("Number");
    expect(resolveLabel("{years}", year)).toBe("{years}");
  });
});
