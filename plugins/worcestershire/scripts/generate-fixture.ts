/**
 * Writes plugins/worcestershire/fixtures/crm-export.csv from the published figures (see ./fixture/generate.ts).
 *
 *   pnpm --filter @csc/council-worcestershire generate-fixture
 */
import { readFileSync, writeFileSync } from "node:fs";
import { publishedFileSchema } from "@csc/council-kit";
import { generateFixture } from "./fixture/generate";

const published = publishedFileSchema.parse(JSON.parse(readFileSync(new URL("../published/2021.json", import.meta.url), "utf8")));
const out = new URL("../fixtures/crm-export.csv", import.meta.url);
const text = generateFixture(published);
writeFileSync(out, text);
process.stdout.write(`wrote ${text.trim().split(/\r?\n/).length - 1} case records to ${out.pathname}\n`);
