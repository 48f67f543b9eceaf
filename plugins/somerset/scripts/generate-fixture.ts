/**
 * Writes plugins/somerset/fixtures/somerset-export.csv from published/2016.json (see ./fixture/generate.ts).
 *
 *   pnpm --filter @csc/council-somerset generate-fixture
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { publishedFileSchema } from "@csc/council-kit";
import { generateFixture } from "./fixture/generate";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const figures = publishedFileSchema.parse(JSON.parse(readFileSync(here("../published/2016.json"), "utf8")));
const csv = generateFixture(figures);
const out = here("../fixtures/somerset-export.csv");
writeFileSync(out, csv);
process.stdout.write(`wrote ${csv.trim().split("\n").length - 1} records to ${out}\n`);
