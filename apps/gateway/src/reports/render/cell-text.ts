import type { CellValue } from "@csc/council-kit";

/** A cell as printed: numbers as they are (the layout already rounded them), empty cells as an en dash. */
export function cellText(value: CellValue): string {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return "–";
  return String(value);
}

/** The report's title, or one made from the council and period. */
export function reportTitle(report: { title?: string | undefined; council: string; period: { start: string; end: string } }): string {
  return report.title ?? `${report.council}: report for ${report.period.start} to ${report.period.end}`;
}
