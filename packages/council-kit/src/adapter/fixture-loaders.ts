import { readFile } from "node:fs/promises";
import { publishedFileSchema } from "../published/published-figures";
import type { LoadFixture, LoadPublished } from "./council-schema";

export interface FixtureLoaderFiles {
  /** The fixture export's file name in the plugin's fixtures/ folder. */
  readonly fixture: string;
  /** The financial years (by starting year) with a published/<year>.json file. */
  readonly publishedYears: readonly number[];
}

/**
 * The `fixtures` and `published` loaders of a plugin laid out as the kit's template lays it out: `moduleUrl` is the
 * plugin's src/index.ts (`import.meta.url`); the fixture is ../fixtures/<fixture> and each year's figures are
 * ../published/<year>.json from there, checked against publishedFileSchema.
 */
export function fixtureLoaders(moduleUrl: string, files: FixtureLoaderFiles): { fixtures: LoadFixture; published: LoadPublished } {
  const file = (path: string): URL => new URL(path, moduleUrl);
  return {
    fixtures: () => readFile(file(`../fixtures/${files.fixture}`), "utf8"),
    published: async () =>
      Promise.all(
        files.publishedYears.map(async (year) => ({
          year,
          figures: publishedFileSchema.parse(JSON.parse(await readFile(file(`../published/${year}.json`), "utf8"))),
        })),
      ),
  };
}
