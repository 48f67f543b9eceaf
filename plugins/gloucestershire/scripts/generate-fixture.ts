/**
 * Generates plugins/gloucestershire/fixtures/customer-feedback-2015-2019.csv: Gloucestershire's case-system
 * export of every piece of children's social care feedback received from April 2015 to March 2019, as ordinary
 * case records whose counts reproduce the figures published in the 2018/19 annual report (read from
 * published/2018.json) and its comparisons with earlier years. The report computes every figure from these
 * records; nothing here writes a figure into a report.
 *
 *   pnpm --filter @csc/council-gloucestershire generate-fixture
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compareDates } from "@csc/rules";
import { writeExport } from "../src/importer/write-export";
import type { ExportRecord } from "../src/importer/export-record";
import { generateComplaints } from "./fixture/complaints";
import { assignLgsco } from "./fixture/lgsco";
import { generateCompliments, generateInformal, generateSignposts } from "./fixture/other-feedback";
import { SeededRandom } from "@csc/council-kit/fixture";
import { TARGETS } from "./fixture/targets";

export const FIXTURE_FILE = "customer-feedback-2015-2019.csv";

export function generateFixture(seed = 20190331): ExportRecord[] {
  const rng = new SeededRandom(seed);
  const records: ExportRecord[] = [];
  const complaints: ExportRecord[] = [];
  for (const t of TARGETS) {
    let sequence = 0;
    const reference = (): string => `CSC/${String(t.year % 100)}${String((t.year + 1) % 100)}/${String((sequence += 1)).padStart(4, "0")}`;
    const yearComplaints = generateComplaints(rng, t, reference);
    complaints.push(...yearComplaints);
    records.push(
      ...yearComplaints,
      ...generateInformal(rng, t, reference),
      ...generateCompliments(rng, t, reference),
      ...generateSignposts(rng, t, reference),
    );
  }
  assignLgsco(rng, complaints);
  return records.sort((a, b) => compareDates(a.receivedOn, b.receivedOn) || a.reference.localeCompare(b.reference));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const records = generateFixture();
  const out = fileURLToPath(new URL(`../fixtures/${FIXTURE_FILE}`, import.meta.url));
  writeFileSync(out, writeExport(records));
  process.stdout.write(`wrote ${records.length} case records to ${out}\n`);
}
