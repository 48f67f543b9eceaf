import { defineCouncil, fixtureLoaders } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./importer/export-format";
import { parse } from "./importer/index";
import { layout } from "./layout/index";
import { procedures } from "./procedures";
import { publishedExceptions } from "./published-exceptions";
import { SUPPLIED_FIGURES } from "./supplied-figures";
import { vocabularies } from "./vocabularies";

/** The years whose figures the 2015/16 report publishes: published/2015.json holds 2015/16 and the 2014/15 it compares. */
export const PUBLISHED_YEARS = [2015] as const;
export const FIXTURE_FILE = "northamptonshire-export.csv";
/** The day the fixture export was taken ("today" for clocks still running). */
export const FIXTURE_EXPORTED_ON = "2016-04-29";

/** Northamptonshire County Council: Children, Families & Education annual complaints and compliments report. */
export const council = defineCouncil({
  id: "northamptonshire",
  name: "Northamptonshire County Council",
  onsCode: "E10000021",
  vocabularies,
  procedures,
  report: layout,
  importer: { format: "csv", parse, columns: [...EXPORT_COLUMNS] },
  ...fixtureLoaders(import.meta.url, { fixture: FIXTURE_FILE, publishedYears: PUBLISHED_YEARS }),
  publishedExceptions,
  suppliedFigures: SUPPLIED_FIGURES,
});

export { parse } from "./importer/index";
export { EXPORT_COLUMNS } from "./importer/export-format";
