import { defineCouncil, fixtureLoaders } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./importer/export-format";
import { parse } from "./importer/index";
import { layout } from "./layout/index";
import { procedures } from "./procedures";
import { publishedExceptions } from "./published-exceptions";
import { vocabularies } from "./vocabularies";

/** The years whose figures are transcribed: published/2016.json holds 2016/17 and the 2015/16 and 2014/15 it compares. */
export const PUBLISHED_YEARS = [2016] as const;
export const FIXTURE_FILE = "somerset-export.csv";
/** The day the fixture export was taken ("today" for clocks still running). */
export const FIXTURE_EXPORTED_ON = "2017-06-30";

/** Somerset County Council: Children's Social Care Customer Feedback Report. */
export const council = defineCouncil({
  id: "somerset",
  name: "Somerset County Council",
  onsCode: "E10000027",
  vocabularies,
  procedures,
  report: layout,
  importer: { format: "csv", parse, columns: [...EXPORT_COLUMNS] },
  ...fixtureLoaders(import.meta.url, { fixture: FIXTURE_FILE, publishedYears: PUBLISHED_YEARS }),
  publishedExceptions,
});

export { parse } from "./importer/index";
export { EXPORT_COLUMNS } from "./importer/export-format";
