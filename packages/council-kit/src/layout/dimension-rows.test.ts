import { describe, expect, it } from "vitest";
import { vocabulariesSchema } from "../vocabulary/local-vocabulary";
import { rowsFromSchema } from "./report-layout";
import { dimensionRows } from "./dimension-rows";

const vocabularies = vocabulariesSchema.parse({
  teams: [
    { code: "RA", label: "Referral & Assessment", canonical: "front_door_assessment", validTo: "2020-03-31" },
    { code: "CA", label: "Children's Assessment", canonical: "front_door_assessment", validFrom: "2020-04-01", renamedFrom: "RA" },
    { code: "CIC", label: "Children in Care", canonical: "children_in_care", validTo: "2021-06-30" },
    { code: "CIC", label: "Children We Care For", canonical: "children_in_care", validFrom: "2021-07-01" },
  ],
  reasons: [
    { code: "A1", label: "Lack of contact", canonical: "communication", parent: "A" },
    { code: "B1", label: "Delay", canonical: "delay", parent: "B" },
  ],
  outcomes: [
    { code: "FULL", label: "Fully substantiated", canonical: "upheld" },
    { code: "FULL2", label: "Upheld", canonical: "upheld" },
    { code: "NOT", label: "Not substantiated", canonical: "not_upheld" },
  ],
  equalities: { gender: [{ code: "F", label: "Female" }] },
  localDimensions: { satisfaction: [{ code: "KIND", label: "Kindness" }] },
});
const year = { start: "2021-04-01", end: "2022-03-31" };
const rows = (input: unknown) => dimensionRows(vocabularies, rowsFromSchema.parse(input), year);

describe("dimensionRows", () => {
  it("makes one row per local code in force in the period, labelled as at the period's end", () => {
    expect(rows({ dimension: "team" })).toEqual([
      { key: "CA", label: "Children's Assessment" },
      { key: "CIC", label: "Children We Care For" },
    ]);
  });
  it("restricts to one parent's entries", () => {
    expect(rows({ dimension: "reason", parent: "B" })).toEqual([{ key: "B1", label: "Delay" }]);
  });
  it("labels a canonical dimension with the council's first label for each value", () => {
    expect(rows({ dimension: "outcome" })).toEqual([
      { key: "upheld", label: "Fully substantiated" },
      { key: "not_upheld", label: "Not substantiated" },
    ]);
  });
  it("falls back to the canonical values, or uses explicit values", () => {
    expect(rows({ dimension: "stage" })).toEqual([
      { key: "stage1", label: "Stage1" },
      { key: "stage2", label: "Stage2" },
      { key: "stage3", label: "Stage3" },
    ]);
    expect(rows({ dimension: "quarter", values: [{ key: "2021/22 Q1", label: "Q1" }] })).toEqual([{ key: "2021/22 Q1", label: "Q1" }]);
  });
  it("reads equalities and local dimensions", () => {
    expect(rows({ dimension: "gender" })).toEqual([{ key: "F", label: "Female" }]);
    expect(rows({ dimension: "local:satisfaction" })).toEqual([{ key: "KIND", label: "Kindness" }]);
  });
  it("names a dimension it cannot make rows for", () => {
    expect(() => rows({ dimension: "month" })).toThrow(
      'rowsFrom.dimension: "month" has no vocabulary to generate rows from; list the rows in rowsFrom.values',
    );
    expect(() => rows({ dimension: "colour" })).toThrow('rowsFrom.dimension: "colour" is not a known dimension');
  });
});

describe("rowsFrom shorthand", () => {
  it("accepts a dimension name for { dimension }", () => {
    expect(rowsFromSchema.parse("team")).toEqual({ dimension: "team", hideEmpty: false });
    expect(rows("localOutcome")).toEqual(rows({ dimension: "localOutcome" }));
  });
});
