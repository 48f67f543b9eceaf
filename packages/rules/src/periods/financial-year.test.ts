import { describe, expect, it } from "vitest";
import {
  financialYear,
  financialYearKey,
  financialYearOf,
  financialYearStartOf,
  formatFinancialYear,
  parseFinancialYear,
  previousFinancialYears,
  quarter,
  quarterKey,
  quarterNumberOf,
  quarterOf,
  quartersOf,
} from "./financial-year";

describe("financial years", () => {
  it("runs 1 April to 31 March", () => {
    expect(financialYear(2021)).toEqual({ start: "2021-04-01", end: "2022-03-31" });
    expect(financialYear(2015)).toEqual({ start: "2015-04-01", end: "2016-03-31" });
  });

  it.each([
    ["2021-04-01", 2021],
    ["2022-03-31", 2021],
    ["2022-04-01", 2022],
    ["2020-01-15", 2019],
    ["2019-12-31", 2019],
  ])("%s falls in the year starting %i", (date, year) => {
    expect(financialYearStartOf(date)).toBe(year);
    expect(financialYearOf(date)).toEqual(financialYear(year));
  });

  it("formats both ways and reads them back", () => {
    expect(formatFinancialYear(2021)).toBe("2021/22");
    expect(formatFinancialYear(2021, "hyphen")).toBe("2021-22");
    expect(formatFinancialYear(1999)).toBe("1999/00");
    expect(formatFinancialYear(2009)).toBe("2009/10");
    expect(parseFinancialYear("2021/22")).toBe(2021);
    expect(parseFinancialYear(" 2021-22 ")).toBe(2021);
    expect(parseFinancialYear("2021/2022")).toBe(2021);
    expect(parseFinancialYear("1999/00")).toBe(1999);
  });

  it.each(["2021/23", "2021", "21/22", "2021/2023", "year"])("rejects %s naming it", (text) => {
    expect(() => parseFinancialYear(text)).toThrow(`"${text}" is not a financial year`);
  });

  it.each([2021.5, 999, 10000, Number.NaN])("rejects year %s naming the field", (year) => {
    expect(() => financialYear(year)).toThrow(/^year: /);
    expect(() => formatFinancialYear(year)).toThrow(/^year: /);
  });

  it("lists earlier years oldest first", () => {
    expect(previousFinancialYears(2, 2021)).toEqual([financialYear(2019), financialYear(2020)]);
    expect(previousFinancialYears(0, 2021)).toEqual([]);
    expect(() => previousFinancialYears(-1, 2021)).toThrow(/^n: /);
    expect(() => previousFinancialYears(1.5, 2021)).toThrow(/^n: /);
  });
});

describe("quarters", () => {
  it("Q1 is April–June and Q4 is January–March of the next calendar year", () => {
    expect(quartersOf(2021)).toEqual([
      { start: "2021-04-01", end: "2021-06-30" },
      { start: "2021-07-01", end: "2021-09-30" },
      { start: "2021-10-01", end: "2021-12-31" },
      { start: "2022-01-01", end: "2022-03-31" },
    ]);
  });

  it("rejects a fifth quarter", () => {
    expect(() => quarter(2021, 5 as 1)).toThrow(/^quarter: 5 is not a quarter/);
  });

  it.each([
    ["2021-04-01", 1, "2021/22 Q1"],
    ["2021-06-30", 1, "2021/22 Q1"],
    ["2021-07-01", 2, "2021/22 Q2"],
    ["2021-12-31", 3, "2021/22 Q3"],
    ["2022-01-01", 4, "2021/22 Q4"],
    ["2022-03-31", 4, "2021/22 Q4"],
  ])("%s is in Q%i (%s)", (date, q, key) => {
    expect(quarterNumberOf(date)).toBe(q);
    expect(quarterKey(date)).toBe(key);
    const p = quarterOf(date);
    expect(date >= p.start && date <= p.end).toBe(true);
  });

  it("keys the financial year of a date", () => {
    expect(financialYearKey("2016-03-31")).toBe("2015/16");
  });

  it("names a bad date", () => {
    expect(() => quarterOf("2021-02-30")).toThrow(/date: "2021-02-30"/);
  });
});
