import { readFile } from "node:fs/promises";
import { defineCouncil, publishedFileSchema } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./export-format";
import { parse } from "./import/parse";
import { layout } from "./layout";
import { procedures } from "./procedures";
import { publishedExceptions } from "./published-exceptions";
import { vocabularies } from "./vocabularies";

const file = (path: string): URL => new URL(path, import.meta.url);

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
  fixtures: () => readFile(file(`../fixtures/${FIXTURE_FILE}`), "utf8"),
  published: async () =>
    Promise.all(
      PUBLISHED_YEARS.map(async (year) => ({
        year,
        figures: publishedFileSchema.parse(JSON.parse(await readFile(file(`../published/${year}.json`), "utf8"))),
      })),
    ),
  publishedExceptions,
});

export { parse } from "./import/parse";
export { EXPORT_COLUMNS } from "./export-format";
