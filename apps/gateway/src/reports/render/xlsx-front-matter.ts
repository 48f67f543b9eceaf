import type { Report } from "@csc/council-kit";
import type ExcelJS from "exceljs";

/**
 * The workbook's front sheets from the layout, before the tables' sheets: "Contents" (each table's section, title
 * and a link to its sheet) and "Abbreviations" (the council's terms and what they stand for). Words only.
 */
const CONTENTS_SHEET = "Contents";
const ABBREVIATIONS_SHEET = "Abbreviations";

/** Adds the front sheets the report's layout asks for; returns the contents sheet to list the tables in. */
export function addFrontSheets(workbook: ExcelJS.Workbook, report: Report, taken: Set<string>): ExcelJS.Worksheet | null {
  let contents: ExcelJS.Worksheet | null = null;
  if (report.contents) {
    taken.add(CONTENTS_SHEET.toLowerCase());
    contents = workbook.addWorksheet(CONTENTS_SHEET);
    contents.addRow([report.contents.title]).font = { bold: true };
    contents.addRow(["Section", "Table", "Sheet"]).font = { bold: true };
    contents.getColumn(1).width = 48;
    contents.getColumn(2).width = 60;
    contents.getColumn(3).width = 32;
  }
  if (report.abbreviations) {
    taken.add(ABBREVIATIONS_SHEET.toLowerCase());
    const { title, columns, entries } = report.abbreviations;
    const sheet = workbook.addWorksheet(ABBREVIATIONS_SHEET);
    sheet.addRow([title]).font = { bold: true };
    sheet.addRow([...columns]).font = { bold: true };
    for (const e of entries) sheet.addRow([e.term, e.meaning]);
    sheet.getColumn(1).width = 16;
    sheet.getColumn(2).width = 64;
  }
  return contents;
}

/** One line of the contents sheet: the table's section and title, and a link to its sheet. */
export function listInContents(contents: ExcelJS.Worksheet, section: string, title: string, sheet: string): void {
  const row = contents.addRow([section, title, { text: sheet, hyperlink: `#'${sheet.replace(/'/g, "''")}'!A1` }]);
  row.getCell(3).font = { color: { argb: "FF1D70B8" }, underline: true };
}
