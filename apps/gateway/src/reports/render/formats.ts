/** The formats a report renders to. */
export const REPORT_FORMATS = ["json", "html", "docx", "pdf", "xlsx", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats that can print to stdout when no output path is given. */
export const TEXT_FORMATS: readonly ReportFormat[] = ["json", "html", "csv"];
