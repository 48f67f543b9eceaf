import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MISSING_VALUE, suppressCount, suppressRatio } from "./disclosure";
import { comparisonXlsx, statisticsXlsx } from "./export-xlsx";

const period = { start: "2021-04-01", end: "2022-03-31" } as const;

async function cells(base64: string): Promise<{ names: string[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { names: workbook.worksheets.map((w) => w.name), rows };
}

describe("XLSX exports", () => {
  it("writes a statistics result on one sheet: headers, numbers as numbers, [x] for withheld figures, formulas as text", async () => {
    const { names, rows } = await cells(
      await statisticsXlsx(
        {
          metric: "cases_received",
          basis: "received",
          period,
          groupBy: ["team"],
          ...suppressCount(12),
          groups: [
            { key: ["ASWP"], ...suppressCount(2) },
            { key: ['=HYPERLINK("x")'], ...suppressCount(10) },
          ],
        },
        [new Map([["ASWP", "Assessment and Safeguarding"]])],
      ),
    );
    expect(names).toEqual(["statistics"]);
    expect(rows).toEqual([
      ["metric", "basis", "period_start", "period_end", "team", "team_label", "value", "base", "missing"],
      ["cases_received", "received", "2021-04-01", "2022-03-31", "Total", "Total", 12, 12, ""],
      ["cases_received", "received", "2021-04-01", "2022-03-31", "ASWP", "Assessment and Safeguarding", MISSING_VALUE, MISSING_VALUE, "small_number"],
      ["cases_received", "received", "2021-04-01", "2022-03-31", '=HYPERLINK("x")', "", 10, 10, ""],
    ]);
    expect(typeof rows[1]?.[6]).toBe("number");
  });

  it("writes a comparison one row per council and figure", async () => {
    const { rows } = await cells(
      await comparisonXlsx({
        period,
        basis: "completed",
        stage: "stage2",
        countedFrom: "rollup",
        councils: [
          {
            councilId: "hartlepool",
            name: "Hartlepool Borough Council",
            figures: [{ metric: "upheld_share", key: null, ...suppressRatio(37.5, 40, 15) }],
          },
          { councilId: "somerset", name: "Somerset Council", figures: [{ metric: "within_timescale", key: null, ...suppressRatio(50, 4) }] },
        ],
      }),
    );
    expect(rows).toEqual([
      ["council_id", "council", "metric", "key", "basis", "stage", "period_start", "period_end", "value", "base", "missing", "note"],
      ["hartlepool", "Hartlepool Borough Council", "upheld_share", "", "completed", "stage2", "2021-04-01", "2022-03-31", 37.5, 40, "", ""],
      [
        "somerset",
        "Somerset Council",
        "within_timescale",
        "",
        "completed",
        "stage2",
        "2021-04-01",
        "2022-03-31",
        MISSING_VALUE,
        MISSING_VALUE,
        "small_number",
        "",
      ],
    ]);
  });
});
