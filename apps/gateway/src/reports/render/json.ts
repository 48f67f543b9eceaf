import type { CellValue, Report } from "@csc/council-kit";

/**
 * The report in exactly the shape the issue fixes (other tools read it); narrative, charts and internal source labels
 * are left out. A table holding figures taken from elsewhere also lists them with their sources (`supplied`).
 */
interface ReportJson {
  council: string;
  period: { start: string; end: string };
  sections: Array<{
    id: string;
    title: string;
    tables: Array<{
      id: string;
      title: string;
      columns: string[];
      rows: Array<{ label: string; cells: CellValue[] }>;
      /** Only on a table holding figures taken from elsewhere: each such cell with its source. */
      supplied?: Array<{ row: string; column: string; source: string }>;
    }>;
  }>;
}

export function reportJson(report: Report): ReportJson {
  return {
    council: report.council,
    period: { start: report.period.start, end: report.period.end },
    sections: report.sections.map((section) => ({
      id: section.id,
      title: section.title,
      tables: section.tables.map((table) => ({
        id: table.id,
        title: table.title,
        columns: [...table.columns],
        rows: table.rows.map((row) => ({ label: row.label, cells: [...row.cells] })),
        ...(table.supplied?.length ? { supplied: table.supplied.map((s) => ({ ...s })) } : {}),
      })),
    })),
  };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(reportJson(report), null, 2)}\n`;
}
