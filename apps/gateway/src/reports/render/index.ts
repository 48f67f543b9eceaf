import type { Report } from "@csc/council-kit";
import type { ReportFormat } from "./formats";
import { BOM } from "../export-csv";
import { reportCsv } from "./csv";
import { renderDocx } from "./docx";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderPdf } from "./pdf";
import { renderXlsx } from "./xlsx";

/** The report rendered as the bytes of one file (CSV: every table in one file; one file per table is writeReport's). */
export async function renderReport(report: Report, format: ReportFormat): Promise<Uint8Array> {
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case "json":
      return text(renderJson(report));
    case "csv":
      // UTF-8 with a byte-order mark, so Excel on Windows reads ’ ¹ – as written.
      return text(`${BOM}${reportCsv(report)}`);
    case "html":
      return text(renderHtml(report));
    case "docx":
      return renderDocx(report);
    case "xlsx":
      return renderXlsx(report);
    case "pdf":
      return renderPdf(report);
  }
}
