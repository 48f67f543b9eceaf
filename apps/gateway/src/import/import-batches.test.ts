import { importedCaseSchema, type ImportedCase } from "@csc/council-kit";
import { withCouncil } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { loadCouncil } from "@csc/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCouncilRules } from "../services/rules-context";
import { runsAdapterRules } from "./adapter-rules";
import { ensureCouncilFromAdapter } from "./council-from-adapter";
import { deriveBatches, type DerivedBatch } from "./export-derivation";
import { referencesOnFile, storeBatches, type ImportProgress } from "./import-batches";
import { importCouncilFixture } from "./import-fixture";

/** Hartlepool created from the first record of its fixture export; the next imports give it its next records. */
let db: TestDatabase;
let records: ImportedCase[];

beforeAll(async () => {
  db = await startTestDatabase();
  const adapter = await loadCouncil("hartlepool");
  const [header, ...lines] = (await adapter.fixtures()).split(/\r?\n/).filter((line) => line.length > 0);
  await importCouncilFixture(db.prisma, "hartlepool", { adapter: { ...adapter, fixtures: async () => `${header}\n${lines[0]}\n` } });
  records = adapter.importer.parse(`${header}\n${lines.slice(0, 40).join("\n")}\n`).map((r) => importedCaseSchema.parse(r));
}, 120_000);
afterAll(async () => db?.stop());

async function importRecords(from: readonly ImportedCase[], batchSize: number) {
  const adapter = await loadCouncil("hartlepool");
  const progress: ImportProgress[] = [];
  const outcome = await withCouncil(db.prisma, "hartlepool", async (tx) => {
    const { teams } = await ensureCouncilFromAdapter(tx, adapter);
    const batches = deriveBatches(adapter, from, {
      known: await referencesOnFile(
        tx,
        "hartlepool",
        from.map((r) => r.externalId),
      ),
      teams,
      rules: await loadCouncilRules(tx, "hartlepool"),
      asOf: "2024-03-31",
      adapterRules: await runsAdapterRules(tx, adapter),
      dryRun: false,
      batchSize,
    });
    // As the worker hands them over (import-worker-client.ts), one at a time.
    async function* handedOver(): AsyncGenerator<DerivedBatch> {
      yield* batches;
    }
    return storeBatches(tx, handedOver(), (p) => {
      progress.push(p);
    });
  });
  return { outcome, progress };
}

describe("deriveBatches, stored by storeBatches", () => {
  it("stores batches of `batchSize` cases however many records before them are duplicates, reporting progress after each", async () => {
    const first = await importRecords(records.slice(0, 12), 4);
    expect(first.outcome.duplicates).toBe(1);
    // Again with 12 duplicates before 28 new records: the first batch is the 4 cases after them, not 4 records.
    const { outcome, progress } = await importRecords(records, 4);
    expect(outcome.duplicates).toBe(12);
    expect(outcome.imported + outcome.refused.length).toBe(28);
    const sizes = progress.map((p, i) => p.stored - (progress[i - 1]?.stored ?? 0));
    expect(sizes.slice(0, -1).every((size) => size === 4)).toBe(true);
    expect(sizes.at(-1)).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ read: 40, stored: outcome.imported });
    expect(progress[0]!.read).toBeGreaterThanOrEqual(16);
    expect(await db.prisma.case.count({ where: { councilId: "hartlepool" } })).toBe(1 + first.outcome.imported + outcome.imported);
  });
});

describe("storeBatches on tables its first batch found small", () => {
  it("keeps the foreign keys' checks on the index: the checked tables are analysed once they outgrow their statistics", async () => {
    const adapter = await loadCouncil("hartlepool");
    // 100 cases, then 2,000 in batches of 1,000, in one transaction (one connection): the first batch's key checks
    // are planned while case_record is a few pages long.
    const copies = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ ...records[i % records.length]!, externalId: `${tag}-${i}` }));
    // Analysed while it holds a few dozen cases, as autovacuum analyses it after a council's first small import: the
    // planner then knows it is small (a table never analysed is taken to be at least ten pages long).
    await db.prisma.$executeRawUnsafe("ANALYZE case_record");
    const scans = await withCouncil(
      db.prisma,
      "hartlepool",
      async (tx) => {
        const { teams } = await ensureCouncilFromAdapter(tx, adapter);
        const setup = {
          known: [],
          teams,
          rules: await loadCouncilRules(tx, "hartlepool"),
          asOf: "2024-03-31" as const,
          adapterRules: await runsAdapterRules(tx, adapter),
          dryRun: false,
        };
        async function* handedOver(): AsyncGenerator<DerivedBatch> {
          yield* deriveBatches(adapter, copies(100, "SMALL"), { ...setup, batchSize: 100 });
          yield* deriveBatches(adapter, copies(2000, "LARGE"), { ...setup, batchSize: 1000 });
        }
        const outcome = await storeBatches(tx, handedOver());
        expect(outcome.imported).toBe(2100);
        // This transaction's own reads of case_record so far.
        const [row] = await tx.$queryRaw<{ rows: number }[]>`SELECT seq_tup_read::int AS rows FROM pg_stat_xact_user_tables
          WHERE relname = 'case_record'`;
        return row?.rows ?? -1;
      },
      { timeout: 120_000 },
    );
    // Planned as reads of the whole table, the key checks of the 2,000 cases read 32 million rows (2,000 cases × about
    // 10 rows checked × 1,600 rows); by the index, only the first batch's checks read the small table (about 130,000).
    expect(scans).toBeGreaterThanOrEqual(0);
    expect(scans).toBeLessThan(1_000_000);
  }, 180_000);
});
