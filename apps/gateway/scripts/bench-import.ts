import { loadCouncil } from "@csc/registry";
import { importCouncilFixture } from "../src/import/import-fixture";
import type { Harness } from "../src/testing/harness";
import { graphql } from "./bench-measure";

/**
 * Import speed: a council administrator of a registered council (Hartlepool, whose export's first column is the
 * case reference) imports `rows` records made from its own fixture export (each copy with a reference of its own)
 * through importCaseExport over HTTP: parsed by the council's importer, derived and stored in batches.
 */
const COUNCIL = "hartlepool";
const IMPORT = `mutation($csv: String!) { importCaseExport(csv: $csv) { parsed imported duplicates refused { row } } }`;

export async function measureImport(
  h: Harness,
  rows: number,
  addAdmin: (councilId: string) => Promise<void>,
): Promise<{ rows: number; imported: number; refused: number; seconds: number; casesPerSecond: number; failed: number }> {
  const adapter = await loadCouncil(COUNCIL);
  const lines = (await adapter.fixtures()).split(/\r?\n/).filter((line) => line.length > 0);
  const [header, ...records] = lines;
  await importCouncilFixture(h.db.prisma, COUNCIL, { adapter: { ...adapter, fixtures: async () => `${header}\n${records[0]}\n` } });
  await addAdmin(COUNCIL);
  const admin = await h.signIn("admin", COUNCIL);
  const body = Array.from({ length: rows }, (_, i) => {
    const record = records[i % records.length]!;
    const comma = record.indexOf(",");
    return `${record.slice(0, comma)}-B${Math.floor(i / records.length)}${record.slice(comma)}`;
  });
  const csv = `${header}\n${body.join("\n")}\n`;
  const start = performance.now();
  try {
    const data = (await graphql(h.url, admin, IMPORT, { csv })) as { importCaseExport: { imported: number; refused: unknown[] } };
    const seconds = (performance.now() - start) / 1000;
    const { imported, refused } = data.importCaseExport;
    return {
      rows,
      imported,
      refused: refused.length,
      seconds: Math.round(seconds * 10) / 10,
      casesPerSecond: Math.round(imported / seconds),
      failed: 0,
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return { rows, imported: 0, refused: 0, seconds: 0, casesPerSecond: 0, failed: 1 };
  }
}
