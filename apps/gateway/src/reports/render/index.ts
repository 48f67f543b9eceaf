import type { Report } from "@csc/council-kit";
import type { ReportFormat } from "./formats";
import { reportCsv } from "./csv";
import { renderJson } from "./json";

/** A rendered report: the bytes of one file (CSV per table is written by writeReport). */
export async function renderReport(report: Report, format: ReportFormat): Promise<Uint8Array> {
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case "json":
      return text(renderJson(report));
    case "csv":
      return text(reportCsv(report));
    default:
      throw new Error(`format ${format} is not available yet`);
  }
}
