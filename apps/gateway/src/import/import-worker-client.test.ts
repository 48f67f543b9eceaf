import { importedCaseSchema } from "@csc/council-kit";
import { loadCouncil } from "@csc/registry";
import { councilRulesOf } from "../services/rules-context";
import { adapterSettings } from "./adapter-rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveBatches, ExportRefusal, type DerivationSetup, type DerivedBatch } from "./export-derivation";
import { readExport, stopImportWorker } from "./import-worker-client";

/**
 * The import's worker thread on its own (no database): it reads Hartlepool's fixture export with the council's
 * importer and derives it exactly as deriveBatches does in this thread.
 */
let csv: string;
let setup: DerivationSetup;
const source = { councilId: "hartlepool", registered: true, mapping: null, storedCouncil: null };

beforeAll(async () => {
  const adapter = await loadCouncil("hartlepool");
  csv = await adapter.fixtures();
  // The council's own teams as rows (ids made up: the lookup only returns them), and its rules as the adapter sets them.
  const teams = adapter.vocabularies.teams.map((t, i) => ({
    id: `team-${i}`,
    code: t.code,
    validFrom: t.validFrom ?? "2000-01-01",
    validTo: t.validTo ?? null,
  }));
  const rules = councilRulesOf({ id: "hartlepool", name: adapter.name, settings: adapterSettings(adapter), closureDays: [] });
  setup = { known: [], teams, rules, asOf: "2024-03-31", adapterRules: false, dryRun: false, batchSize: 10 };
}, 60_000);
afterAll(async () => stopImportWorker());

async function all(batches: AsyncIterable<DerivedBatch>): Promise<DerivedBatch[]> {
  const out: DerivedBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

/** What two derivations of the same records share (case ids are new each time). */
const outline = (batches: readonly DerivedBatch[]) =>
  batches.map((b) => ({
    derived: b.derived,
    duplicates: b.duplicates,
    refused: b.refused,
    read: b.read,
    tables: b.prepared?.rows.map((r) => `${r.table}(${r.columns.join(",")}):${(JSON.parse(r.json) as unknown[]).length}`),
    units: b.prepared?.units.cases.length,
  }));

describe("the import's worker thread", () => {
  it("answers the file's references, then derives the batches deriveBatches derives in this thread", async () => {
    const read = await readExport(csv, source);
    const adapter = await loadCouncil("hartlepool");
    const records = adapter.importer.parse(csv).map((r) => importedCaseSchema.parse(r));
    expect(read.references).toEqual(records.map((r) => r.externalId));
    const known = records.slice(0, 3).map((r) => r.externalId);
    const viaWorker = await all(read.batches({ ...setup, known }));
    const here = [...deriveBatches(adapter, records, { ...setup, known })];
    expect(viaWorker.length).toBeGreaterThan(2);
    expect(outline(viaWorker)).toEqual(outline(here));
    expect(viaWorker[0]?.duplicates).toBe(3);
    expect(viaWorker.at(-1)?.read).toBe(records.length);
  }, 60_000);

  it("derives without preparing rows on a dry run", async () => {
    const read = await readExport(csv, source);
    const batches = await all(read.batches({ ...setup, dryRun: true }));
    expect(batches.every((b) => b.prepared === null)).toBe(true);
    expect(batches.reduce((n, b) => n + b.derived + b.refused.length, 0)).toBe(read.references.length);
  });

  it("refuses a file the importer refuses, naming the row and column", async () => {
    const [header] = csv.split(/\r?\n/);
    await expect(readExport(`${header}\nnot,a,record\n`, source)).rejects.toSatisfy(
      (error: unknown) => error instanceof ExportRefusal && /row 2/.test(error.message),
    );
  });

  it("stops deriving an import that is cancelled, and goes on serving the next", async () => {
    const read = await readExport(csv, source);
    const batches = read.batches(setup);
    const first = await batches.next();
    expect(first.done).toBe(false);
    await batches.return(undefined);
    const again = await readExport(csv, source);
    expect((await all(again.batches(setup))).at(-1)?.read).toBe(again.references.length);
  });

  it("fails the imports it was serving when it stops, and the next import starts another", async () => {
    const read = await readExport(csv, source);
    const batches = read.batches({ ...setup, batchSize: 1 });
    await batches.next();
    await stopImportWorker();
    await expect(all(batches)).rejects.toThrow(/worker thread stopped/);
    const next = await readExport(csv, source);
    expect(next.references.length).toBe(read.references.length);
  });
});
