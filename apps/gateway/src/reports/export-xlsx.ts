import ExcelJS from "exceljs";
import type { CouncilComparison } from "./comparison";
import { comparisonRows, statisticsRows, type ExportRows } from "./export-rows";
import type { StatisticsResult } from "./statistics";

/**
 * Statistics and comparison results as Excel workbooks (exceljs): one sheet, the header row in bold and frozen,
 * then the rows of export-rows.ts: numbers as numbers, text as text (a cell is never a formula), a missing value or
 * withheld base as the disclosure policy's marker "[x]" with its reason in the `missing` column. Base64, so it
 * travels in a GraphQL string.
 */
async function workbookBase64(sheetName: string, rows: ExportRows): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Children's social care complaints platform";
  const sheet = workbook.addWorksheet(sheetName);
  const [header, ...body] = rows;
  if (header) sheet.addRow([...header]).font = { bold: true };
  for (const row of body) sheet.addRow([...row]);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  header?.forEach((_, index) => {
    sheet.getColumn(index + 1).width = 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

/** `labels`: the council's words for each groupBy dimension's codes (reports/local-labels.ts). */
export function statisticsXlsx(result: StatisticsResult, labels: readonly ReadonlyMap<string, string>[] = []): Promise<string> {
  return workbookBase64("statistics", statisticsRows(result, labels));
}

export function comparisonXlsx(comparison: CouncilComparison): Promise<string> {
  return workbookBase64("comparison", comparisonRows(comparison));
}
