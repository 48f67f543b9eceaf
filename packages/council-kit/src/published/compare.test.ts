import { describe, expect, it } from "vitest";
import type { Report } from "../report/report";
import { compareCells, compareWithPublished } from "./compare";
import { publishedFileSchema } from "./published-figures";

const report: Report = {
  council: "exampleshire",
  period: { start: "2021-04-01", end: "2022-03-31" },
  sections: [
    {
      id: "s",
      title: "S",
      tables: [
        {
          id: "outcomes",
          title: "Outcomes",
          columns: ["2020/21", "2021/22", "%"],
          rows: [
            { label: "Upheld", cells: [10, 12, "40%"] },
            { label: "Not upheld", cells: [5, 18, null] },
          ],
        },
      ],
    },
  ],
};

describe("compareWithPublished", () => {
  it("returns no mismatches when every published cell matches", () => {
    const published = publishedFileSchema.parse([
      { section: "Table 3", table: "outcomes", row: "Upheld", column: "2021/22", value: 12 },
      { section: "Table 3", table: "outcomes", row: "Upheld", column: "%", value: "40%" },
    ]);
    expect(compareWithPublished(report, published)).toEqual([]);
  });

  it("reports each mismatch cell by cell with a readable message", () => {
    const mismatches = compareWithPublished(report, [
      { section: "Table 3", table: "outcomes", row: "Upheld", column: "2021/22", value: 11 },
      { section: "Table 3", table: "outcomes", row: "Not upheld", column: "%", value: "60%" },
      { section: "Table 3", table: "outcomes", row: "Upheld", column: "%", value: 40 },
      { section: "Table 4", table: "teams", row: "MASH", column: "2021/22", value: 3 },
      { section: "Table 3", table: "outcomes", row: "Withdrawn", column: "2021/22", value: 1 },
      { section: "Table 3", table: "outcomes", row: "Upheld", column: "2019/20", value: 9 },
    ]);
    expect(mismatches.map((m) => m.kind)).toEqual([
      "different_value",
      "different_value",
      "different_value",
      "missing_table",
      "missing_row",
      "missing_column",
    ]);
    expect(mismatches[0]!.message).toBe('Table 3 (outcomes) row "Upheld", column "2021/22": published 11, computed 12');
    expect(mismatches[1]!.message).toBe('Table 3 (outcomes) row "Not upheld", column "%": published "60%", computed null');
    expect(mismatches[3]!.message).toBe('Table 4 (teams) row "MASH", column "2021/22": published 3, but the report has no table "teams"');
    expect(mismatches[0]).toMatchObject({ expected: 11, actual: 12 });
  });

  it("skips exactly the listed exceptions, by year when given", () => {
    const published = [{ section: "Table 3", table: "outcomes", row: "Upheld", column: "2021/22", value: 11 }];
    const exception = { table: "outcomes", row: "Upheld", column: "2021/22", reason: "the seed's total disagrees with its rows" };
    expect(compareWithPublished(report, published, { exceptions: [exception] })).toEqual([]);
    expect(compareWithPublished(report, published, { exceptions: [{ ...exception, year: 2020 }], year: 2021 })).toHaveLength(1);
    expect(compareWithPublished(report, published, { exceptions: [{ ...exception, year: 2021 }], year: 2021 })).toEqual([]);
  });

  it("rejects a published file entry with a missing field", () => {
    const result = publishedFileSchema.safeParse([{ section: "8.1", table: "t", row: "r", value: 1 }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, "column"]);
  });
});

describe("compareCells", () => {
  it("gives every published cell its verdict: matched, excepted with its reason, or the mismatch with both values", () => {
    const cells = compareCells(
      report,
      [
        { section: "Table 3", table: "outcomes", row: "Upheld", column: "2021/22", value: 12 },
        { section: "Table 3", table: "outcomes", row: "Not upheld", column: "2021/22", value: 17 },
        { section: "Table 3", table: "outcomes", row: "Upheld", column: "2020/21", value: 9 },
        { section: "Table 3", table: "outcomes", row: "Withdrawn", column: "2021/22", value: 1 },
      ],
      { exceptions: [{ table: "outcomes", row: "Upheld", column: "2020/21", reason: "the seed's own figures disagree" }] },
    );
    expect(cells.map((c) => c.status)).toEqual(["matched", "mismatch", "excepted", "mismatch"]);
    expect(cells[1]).toMatchObject({ actual: 18, mismatch: { kind: "different_value", expected: 17 } });
    expect(cells[2]).toMatchObject({ actual: 10, reason: "the seed's own figures disagree" });
    expect(cells[3]).toMatchObject({ actual: undefined, mismatch: { kind: "missing_row" } });
  });
});
