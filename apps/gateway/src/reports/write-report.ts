import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Report } from "@csc/council-kit";
import type { ReportFormat } from "./render/formats";
import { renderReport } from "./render/index";
import { tableCsv, tableFileName } from "./render/csv";
import { BOM } from "./export-csv";

/**
 * Writes a rendered report to `out`. Everything is rendered before anything is written, and each file is written
 * to a temporary name and renamed, so a failure leaves nothing half-written.
 * CSV: an `out` ending in `.csv` gets one file of every table (long format: section, table, row, column, value);
 * any other `out` is a directory that gets one file per table, `<section>--<table>.csv`; each UTF-8 with a BOM.
 * Returns the paths written.
 */
export async function writeReport(report: Report, format: ReportFormat, out: string): Promise<string[]> {
  const files: Array<{ path: string; bytes: Uint8Array | string }> = [];
  if (format === "csv" && !out.toLowerCase().endsWith(".csv")) {
    for (const section of report.sections) {
      for (const table of section.tables) files.push({ path: join(out, tableFileName(section.id, table.id)), bytes: `${BOM}${tableCsv(table)}` });
    }
  } else {
    files.push({ path: out, bytes: await renderReport(report, format) });
  }
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.partial`;
    await writeFile(temporary, file.bytes);
    await rename(temporary, file.path);
  }
  return files.map((f) => f.path);
}
