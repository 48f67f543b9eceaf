import { describe, expect, it } from "vitest";
import { findEntry, isEffectiveDuring, isEffectiveOn, rangesOverlap } from "./lookup";

const teams = [
  { code: "RA", label: "Referral & Assessment", validTo: "2020-03-31" },
  { code: "RA", label: "Children's Assessment", validFrom: "2020-04-01" },
  { code: "CIC", label: "Children in Care" },
];

describe("effective-dated vocabularies", () => {
  it("finds the entry in force on a date", () => {
    expect(findEntry(teams, "RA", "2020-03-31")?.label).toBe("Referral & Assessment");
    expect(findEntry(teams, "RA", "2020-04-01")?.label).toBe("Children's Assessment");
    expect(findEntry(teams, "CIC", "1999-01-01")?.label).toBe("Children in Care");
    expect(findEntry(teams, "XX", "2020-01-01")).toBeUndefined();
  });
  it("bounds are inclusive", () => {
    expect(isEffectiveOn({ validFrom: "2020-04-01", validTo: "2020-04-30" }, "2020-04-01")).toBe(true);
    expect(isEffectiveOn({ validFrom: "2020-04-01", validTo: "2020-04-30" }, "2020-04-30")).toBe(true);
    expect(isEffectiveOn({ validFrom: "2020-04-01" }, "2020-03-31")).toBe(false);
    expect(isEffectiveOn({ validTo: "2020-04-30" }, "2020-05-01")).toBe(false);
  });
  it("knows whether an entry was in force at any time in a period", () => {
    const year = { start: "2020-04-01", end: "2021-03-31" };
    expect(isEffectiveDuring(teams[0]!, year)).toBe(false);
    expect(isEffectiveDuring(teams[1]!, year)).toBe(true);
    expect(isEffectiveDuring({ validFrom: "2021-04-01" }, year)).toBe(false);
    expect(isEffectiveDuring({ validFrom: "2021-03-31" }, year)).toBe(true);
  });
  it("detects overlapping ranges", () => {
    expect(rangesOverlap(teams[0]!, teams[1]!)).toBe(false);
    expect(rangesOverlap(teams[0]!, { validFrom: "2020-03-31" })).toBe(true);
    expect(rangesOverlap({}, {})).toBe(true);
  });
});
