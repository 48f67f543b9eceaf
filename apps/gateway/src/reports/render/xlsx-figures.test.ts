import { createPluginHarness } from "@csc/council-kit/testing";
import { listCouncils, loadCouncil } from "@csc/registry";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportJson } from "./json";
import { renderXlsx } from "./xlsx";
import { xlsxCell } from "./xlsx-cell";

/**
 * Every council's workbook read back with exceljs: each cell holding a figure is a number equal to the JSON report's
 * (a percentage as its fraction, formatted as a percentage), words stay words and empty cells are empty.
 */
const FIGURE_TEXT = /^(-?\d+(?:\.\d+)?)%$/;

describe.each(listCouncils())("council %s XLSX", (id) => {
  it("stores every figure as a number matching the JSON report, percentages formatted as percentages", async () => {
    const adapter = await loadCouncil(id);
    const year = Math.max(...(await adapter.published()).map((p) => p.year));
    const report = await createPluginHarness(adapter).report(year);
    const json = reportJson(report);
    const formats = report.sections.flatMap((s) => s.tables.map((t) => t.formats));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(report)).buffer as ArrayBuffer);
    const tables = json.sections.flatMap((s) => s.tables);
    // The layout's front sheets first ("Contents", "Abbreviations"), then one sheet per table.
    const front = (report.contents ? 1 : 0) + (report.abbreviations ? 1 : 0);
    expect(workbook.worksheets.slice(0, front).map((s) => s.name)).toEqual([
      ...(report.contents ? ["Contents"] : []),
      ...(report.abbreviations ? ["Abbreviations"] : []),
    ]);
    expect(workbook.worksheets.length).toBe(front + tables.length);
    if (report.abbreviations) {
      const sheet = workbook.getWorksheet("Abbreviations")!;
      report.abbreviations.entries.forEach((e, i) =>
        expect([sheet.getCell(i + 3, 1).value, sheet.getCell(i + 3, 2).value]).toEqual([e.term, e.meaning]),
      );
    }
    let figures = 0;
    let percentages = 0;
    tables.forEach((table, t) => {
      const sheet = workbook.worksheets[front + t]!;
      expect(sheet.getRow(2).font?.bold, `${table.id} headers bold`).toBe(true);
      table.rows.forEach((row, r) => {
        row.cells.forEach((value, c) => {
          const cell = sheet.getCell(r + 3, c + 2);
          const where = `${table.id} / ${row.label} / ${table.columns[c]}`;
          const format = formats[t]?.[r]?.[c];
          const printed = typeof value === "string" && format?.suffix === "%" ? FIGURE_TEXT.exec(value) : null;
          const figure = typeof value === "number" && Number.isFinite(value) ? value : printed ? Number(printed[1]) : null;
          if (figure === null) {
            // Words stay as printed; nothing is an empty cell, never an empty string.
            expect(cell.value ?? null, where).toBe(value === "" ? null : value);
            return;
          }
          figures += 1;
          expect(cell.type, where).toBe(ExcelJS.ValueType.Number);
          if (format?.type === "percent") {
            percentages += 1;
            expect(cell.numFmt, where).toBe(format.decimals === 0 ? "0%" : `0.${"0".repeat(format.decimals)}%`);
            expect((cell.value as number) * 100, where).toBeCloseTo(figure, 9);
          } else {
            expect(cell.value, where).toBe(figure);
            expect(cell.numFmt ?? "General", where).not.toMatch(/%/);
          }
        });
      });
    });
    expect(figures).toBeGreaterThan(20);
    if (id === "northamptonshire") expect(percentages).toBeGreaterThanOrEqual(17);
  }, 120_000);
});

describe("xlsxCell", () => {
  it("stores counts, averages and percentages (number or printed) as numbers with formats; words and nothing as such", () => {
    expect(xlsxCell(42, { type: "count", decimals: 0 })).toEqual({ value: 42, numFmt: "0" });
    expect(xlsxCell(12.5, { type: "average", decimals: 1 })).toEqual({ value: 12.5, numFmt: "0.0" });
    expect(xlsxCell(14, { type: "percent", decimals: 0 })).toEqual({ value: 0.14, numFmt: "0%" });
    expect(xlsxCell(14.5, { type: "percent", decimals: 1 })).toEqual({ value: 0.145, numFmt: "0.0%" });
    expect(xlsxCell("62%", { type: "percent", decimals: 0, suffix: "%" })).toEqual({ value: 0.62, numFmt: "0%" });
    expect(xlsxCell("less than 1%", { type: "percent", decimals: 0 })).toEqual({ value: "less than 1%" });
    expect(xlsxCell("Increase", { type: "percent", decimals: 1 })).toEqual({ value: "Increase" });
    expect(xlsxCell("", { type: "count", decimals: 0 })).toEqual({ value: null });
    expect(xlsxCell(null, null)).toEqual({ value: null });
    expect(xlsxCell(Number.NaN, { type: "count", decimals: 0 })).toEqual({ value: null });
    expect(xlsxCell("n/a", null)).toEqual({ value: "n/a" });
    expect(xlsxCell(26, { type: "average", decimals: 0, suffix: " days" })).toEqual({ value: 26, numFmt: '0" days"' });
  });
});
