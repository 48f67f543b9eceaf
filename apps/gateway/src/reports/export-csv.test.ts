import { describe, expect, it } from "vitest";
import { suppressCount, suppressRatio } from "./disclosure";
import { BOM, comparisonCsv, statisticsCsv } from "./export-csv";

const period = { start: "2021-04-01", end: "2022-03-31" } as const;

describe("CSV exports", () => {
  it("writes a statistics result as UTF-8 with a BOM, CRLF, the Total line then one per group, [x] for withheld figures, the council's word beside each code", () => {
    const teams = new Map([["ASWP", "Assessment and Safeguarding"]]);
    const csv = statisticsCsv(
      {
        metric: "cases_received",
        basis: "received",
        period,
        groupBy: ["team"],
        ...suppressCount(12),
        groups: [
          { key: ["ASWP"], ...suppressCount(2) },
          { key: ['=HYPERLINK("x")'], ...suppressCount(10) },
          { key: ["Fostering, adoption"], ...suppressCount(0) },
        ],
      },
      [teams],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split("\r\n")).toEqual([
      "metric,basis,period_start,period_end,team,team_label,value,base,missing",
      "cases_received,received,2021-04-01,2022-03-31,Total,Total,12,12,",
      "cases_received,received,2021-04-01,2022-03-31,ASWP,Assessment and Safeguarding,[x],[x],small_number",
      // A code the council's lists do not name: an empty label.
      `cases_received,received,2021-04-01,2022-03-31,"'=HYPERLINK(""x"")",,10,10,`,
      'cases_received,received,2021-04-01,2022-03-31,"Fostering, adoption",,0,0,',
      "",
    ]);
  });

  it("gives a label column only to a dimension of the council's own codes, not to a canonical or time one", () => {
    const csv = statisticsCsv(
      {
        metric: "cases_received",
        basis: "received",
        period,
        groupBy: ["channel", "localChannel"],
        ...suppressCount(7),
        groups: [{ key: ["email", "EM"], ...suppressCount(7) }],
      },
      [new Map(), new Map([["EM", "Email to the complaints team"]])],
    );
    expect(csv.slice(1).split("\r\n").slice(0, 3)).toEqual([
      "metric,basis,period_start,period_end,channel,localChannel,localChannel_label,value,base,missing",
      "cases_received,received,2021-04-01,2022-03-31,Total,Total,Total,7,7,",
      "cases_received,received,2021-04-01,2022-03-31,email,EM,Email to the complaints team,7,7,",
    ]);
  });

  it("writes a comparison one line per council and figure, with its basis and stage", () => {
    const csv = comparisonCsv({
      period,
      basis: "received",
      stage: "stage1",
      countedFrom: "rollup",
      councils: [
        {
          councilId: "hartlepool",
          name: "Hartlepool Borough Council",
          figures: [{ metric: "upheld_share", key: null, ...suppressRatio(37.5, 40, 15) }],
        },
        {
          councilId: "somerset",
          name: "Somerset Council",
          figures: [
            { metric: "stage1_within_10", key: null, ...suppressRatio(50, 4) },
            { metric: "complaints_per_10000_children", key: null, ...suppressRatio(12.5, 25), source: "ONS mid-year estimates 2021" },
          ],
        },
      ],
    });
    expect(csv.slice(1).split("\r\n")).toEqual([
      "council_id,council,metric,key,basis,stage,period_start,period_end,value,base,missing,note",
      "hartlepool,Hartlepool Borough Council,upheld_share,,received,stage1,2021-04-01,2022-03-31,37.5,40,,",
      "somerset,Somerset Council,stage1_within_10,,received,stage1,2021-04-01,2022-03-31,[x],[x],small_number,",
      "somerset,Somerset Council,complaints_per_10000_children,,received,stage1,2021-04-01,2022-03-31,12.5,25,,Supplied: ONS mid-year estimates 2021",
      "",
    ]);
  });
});
