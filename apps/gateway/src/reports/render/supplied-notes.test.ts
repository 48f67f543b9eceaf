import type { Report } from "@csc/council-kit";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { reportCsv, tableCsv } from "./csv";
import { renderDocx } from "./docx";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderXlsx } from "./xlsx";

/**
 * A figure taken from elsewhere is labelled "Supplied: <source>" in every format; the layout's internal source
 * label ("para 20") prints in none.
 */
const SOURCE = "Local Government Ombudsman, annual letter to the council for 2015/16";
const ROW = "Upheld, as a percentage of complaints investigated";
const report: Report = {
  council: "northamptonshire",
  period: { start: "2015-04-01", end: "2016-03-31" },
  sections: [
    {
      id: "lgo",
      title: "LGO Investigations and Decisions",
      tables: [
        {
          id: "lgo",
          title: "LGO decisions",
          source: "para 20",
          columns: ["Number"],
          rows: [
            { label: "Upheld", cells: [11] },
            { label: ROW, cells: ["62%"] },
          ],
          supplied: [{ row: ROW, column: "Number", source: SOURCE }],
        },
        { id: "plain", title: "Plain", source: "para 12", columns: ["2015/16"], rows: [{ label: "Complaints", cells: [372] }] },
      ],
    },
  ],
};
const LABEL = `Supplied: ${SOURCE}`;

describe("supplied figures in every format", () => {
  it("HTML (and so PDF) prints the label under the table and no internal source label", () => {
    const html = renderHtml(report);
    expect(html).toContain(`<p class="supplied">${LABEL} (${ROW}, Number)</p>`);
    expect(html).not.toMatch(/Source: para|para 12|para 20/);
  });

  it("DOCX prints the label and no internal source label", async () => {
    const xml = await (await JSZip.loadAsync(await renderDocx(report))).file("word/document.xml")!.async("string");
    expect(xml).toContain(`${LABEL} (${ROW}, Number)`);
    expect(xml).not.toMatch(/Source: para|para 12|para 20/);
  });

  it("CSV and XLSX label the row in a Note column; tables without supplied figures have none", async () => {
    expect(tableCsv(report.sections[0]!.tables[0]!)).toBe(`,Number,Note\r\nUpheld,11,\r\n${csvQuoted(ROW)},62%,${csvQuoted(LABEL)}\r\n`);
    expect(tableCsv(report.sections[0]!.tables[1]!)).toBe(`,2015/16\r\nComplaints,372\r\n`);
    expect(reportCsv(report)).toContain(`lgo,lgo,LGO decisions,${csvQuoted(ROW)},Number,62%,${csvQuoted(LABEL)}\r\n`);
    expect(reportCsv(report)).toContain(`lgo,lgo,LGO decisions,Upheld,Number,11,\r\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(report)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell(2, 3).value).toBe("Note");
    expect(sheet.getCell(4, 3).value).toBe(LABEL);
    expect(sheet.getCell(3, 3).value).toBeNull();
    expect(workbook.worksheets[1]!.getCell(2, 3).value).toBeNull();
  });

  it("JSON lists the supplied cells with their sources, only on the tables that hold them", () => {
    const json = JSON.parse(renderJson(report)) as { sections: Array<{ tables: Array<Record<string, unknown>> }> };
    expect(json.sections[0]!.tables[0]!.supplied).toEqual([{ row: ROW, column: "Number", source: SOURCE }]);
    expect(Object.keys(json.sections[0]!.tables[1]!).sort()).toEqual(["columns", "id", "rows", "title"]);
    expect(JSON.stringify(json)).not.toContain("para 12");
  });
});

function csvQuoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
