import type { Report } from "@csc/council-kit";
import ExcelJS from "exceljs";
import { hasSupplied, reportTitle, suppliedNoteOfRow } from "./cell-text";
import { xlsxCell } from "./xlsx-cell";
import { addFrontSheets, listInContents } from "./xlsx-front-matter";

/**
 * The report as an Excel workbook (exceljs 4.4): the layout's "Contents" and "Abbreviations" sheets first
 * (./xlsx-front-matter.ts), then one sheet per table, named from the table id (Excel allows 31
 * characters, unique, without []:*?/\), with the table's title in A1, its column headings in row 2 and one row
 * per report row. Every figure is stored as a number with its number format (./xlsx-cell.ts: "12%" is 0.12 shown
 * as `0%`); words stay text; empty cells are empty. Headings are bold; a supplied figure's row names its source.
 */
export function sheetName(id: string, taken: Set<string>): string {
  const base = id.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || "table";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function renderXlsx(report: Report): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = reportTitle(report);
  workbook.creator = "Children's social care complaints platform";
  const taken = new Set<string>();
  const contents = addFrontSheets(workbook, report, taken);
  for (const section of report.sections) {
    for (const table of section.tables) {
      const sheet = workbook.addWorksheet(sheetName(table.id, taken));
      if (contents) listInContents(contents, section.title, table.title, sheet.name);
      sheet.addRow([table.title]).font = { bold: true };
      // A table holding figures taken from elsewhere gets a last column "Note": "Supplied: <source>" on their rows.
      const note = hasSupplied(table);
      sheet.addRow([table.rowHeading ?? "", ...table.columns, ...(note ? ["Note"] : [])]).font = { bold: true };
      table.rows.forEach((row, r) => {
        const cells = row.cells.map((value, j) => xlsxCell(value, table.formats?.[r]?.[j]));
        const added = sheet.addRow([row.label, ...cells.map((c) => c.value), ...(note ? [suppliedNoteOfRow(table, row.label)] : [])]);
        cells.forEach((c, j) => {
          if (c.numFmt) added.getCell(j + 2).numFmt = c.numFmt;
        });
      });
      sheet.getColumn(1).width = 48;
      sheet.views = [{ state: "frozen", ySplit: 2, xSplit: 1 }];
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
