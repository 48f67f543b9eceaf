import { defineCouncil, fixtureLoaders } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./importer/export-format";
import { parse } from "./importer/index";
import { layout } from "./layout/index";
import { procedures } from "./procedures";
import { publishedExceptions } from "./published-exceptions";
import { vocabularies } from "./vocabularies";

/** The years whose figures the 2020/21 report publishes: published/2020.json holds 2020/21 and the 2019/20 it compares. */
export const PUBLISHED_YEARS = [2020] as const;
export const FIXTURE_FILE = "hartlepool-export.csv";
/** The day the fixture export was taken ("today" for clocks still running; "on hold" is as of this day). */
export const FIXTURE_EXPORTED_ON = "2021-04-30";

/** Hartlepool Borough Council: Children's and Joint Commissioning Services annual complaint report. */
export const council = defineCouncil({
  id: "hartlepool",
  name: "Hartlepool Borough Council",
  onsCode: "E06000001",
  vocabularies,
  procedures,
  report: layout,
  importer: { format: "csv", parse, columns: [...EXPORT_COLUMNS] },
  ...fixtureLoaders(import.meta.url, { fixture: FIXTURE_FILE, publishedYears: PUBLISHED_YEARS }),
  publishedExceptions,
});

export { parse } from "./importer/index";
export { EXPORT_COLUMNS } from "./importer/export-format";
