import { defineCouncil, fixtureLoaders } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./importer/export-format";
import { publishedExceptions } from "./exceptions";
import { parseExport } from "./importer/index";
import { reportLayout } from "./layout/index";
import { vocabularies } from "./vocabularies";

/**
 * Worcestershire County Council (services delivered by Worcestershire Children First): its Children's Social
 * Care Statutory Representations Procedure annual report, 2021/22 seed.
 */
export const council = defineCouncil({
  id: "worcestershire",
  name: "Worcestershire County Council",
  onsCode: "E10000034",
  vocabularies,
  procedures: {
    // The 2021/22 report states no acknowledgement target; 3 working days is the platform's default for
    // councils that set none (see README), not a figure from the seed.
    acknowledgement: { workingDays: 3, source: "local policy (not stated in the 2021/22 annual report; platform default)" },
    stage1: { workingDays: 10, extendedWorkingDays: 20, source: "SI 2006/1738 reg 14 (annual report 3.5 i, 12.1)" },
    stage2: { workingDays: 25, extendedWorkingDays: 65, source: "SI 2006/1738 regs 16-17 (annual report 3.5 ii, 13.1)" },
    stage3: { panelWorkingDays: 30, source: "SI 2006/1738 reg 19 (annual report 3.5 iii, 14.1)" },
    // 12.4–12.5: "dealt with in the required timescales" is within the maximum 20 working days; 13.2: within 65.
  },
  report: reportLayout,
  importer: { format: "csv", parse: parseExport, columns: [...EXPORT_COLUMNS] },
  ...fixtureLoaders(import.meta.url, { fixture: "crm-export.csv", publishedYears: [2021] }),
  publishedExceptions,
});

export { parseExport } from "./importer/index";
export { EXPORT_COLUMNS, writeExport, emptyExportRow, type ExportRow, type ExportColumn } from "./importer/export-format";
export { vocabularies } from "./vocabularies";
export { reportLayout } from "./layout/index";
export { publishedExceptions } from "./exceptions";
