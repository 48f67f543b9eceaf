import type { ImportedCaseInput } from "@csc/council-kit";
import { readExport } from "./read-export";
import { toImportedCase } from "./to-imported-case";

export { ExportError, readExport } from "./read-export";
export { writeExport } from "./write-export";
export { STAGE_REACHED } from "./to-imported-case";
export { EXPORT_COLUMNS } from "./export-record";

/** Gloucestershire's importer: its case-system export (CSV) → ImportedCase inputs; errors name row and column. */
export function parseGloucestershireExport(text: string): ImportedCaseInput[] {
  return readExport(text).map(toImportedCase);
}
