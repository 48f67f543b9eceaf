import { describe, expect, it } from "vitest";
import { readPublishedFigures } from "./read-published";

describe("readPublishedFigures", () => {
  it("reads a CSV of table, row, column and value, numbers as numbers and other text as text", () => {
    const figures = readPublishedFigures(
      'table,row,column,value\nstages,2021/22,Stage 1,12\nstages,2021/22,%,"85%"\ntimeliness,Stage 1,Average,7.5\n',
    );
    expect(figures).toEqual([
      { section: "stages", table: "stages", row: "2021/22", column: "Stage 1", value: 12 },
      { section: "stages", table: "stages", row: "2021/22", column: "%", value: "85%" },
      { section: "timeliness", table: "timeliness", row: "Stage 1", column: "Average", value: 7.5 },
    ]);
  });

  it("keeps a CSV's section column when it has one", () => {
    expect(readPublishedFigures("section,table,row,column,value\nTable 3,t,r,c,1\n")[0]?.section).toBe("Table 3");
  });

  it("reads the JSON of a plugin's published/<year>.json", () => {
    const json = JSON.stringify([{ section: "8.1", table: "t", row: "r", column: "c", value: 3 }]);
    expect(readPublishedFigures(json)).toEqual([{ section: "8.1", table: "t", row: "r", column: "c", value: 3 }]);
  });

  it("names the row and column of a CSV figure without a value, and the JSON path of a bad figure", () => {
    expect(() => readPublishedFigures("table,row,column,value\nt,r,c,\n")).toThrow('row 2, column "value": is empty');
    expect(() => readPublishedFigures("table,row\nt,r\n")).toThrow('lacks columns "column", "value"');
    expect(() => readPublishedFigures(JSON.stringify([{ table: "t", row: "r", column: "c", value: 1 }]))).toThrow("figures[0].section");
  });
});
