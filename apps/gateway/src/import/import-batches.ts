import { CaseMappingError, type CaseFactsCouncil, type ImportedCase } from "@csc/council-kit";
import type { LifecycleContext } from "@csc/rules";
import { transactionConnection } from "@csc/db";
import type { CouncilTransaction } from "../db/client";
import { caseBatch, writeCases } from "./case-batch";
import { caseRows } from "./case-rows";
import type { TeamLookup } from "./council-from-adapter";

/** Cases derived and stored together (one call for their rows, one for their counted units), so memory stays bounded. */
const IMPORT_BATCH_SIZE = 1000;

/** A record not imported: its case reference (or its row when it has none) and why. No personal data. */
export interface RefusedRecord {
  externalId: string | null;
  row: number;
  reason: string;
}

/** How far an import has got: records looked at, and cases stored (on a dry run: that would be stored). */
export interface ImportProgress {
  read: number;
  stored: number;
}

interface BatchedImportOutcome {
  imported: number;
  duplicates: number;
  refused: RefusedRecord[];
}

interface BatchedImportOptions {
  councilId: string;
  team: TeamLookup;
  rules: LifecycleContext;
  /** The council still runs on the rules its adapter created it with (adapter-rules.ts runsAdapterRules). */
  adapterRules: boolean;
  dryRun: boolean;
  /** The file row of the i-th record (0-based), for refusals. */
  rowOf: (index: number) => number;
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
  batchSize?: number;
}

/**
 * Records derived between two looks at the event loop (about 5 ms), so the previous batch's next statement is sent
 * soon after PostgreSQL ends the one before (its rows, then its counted units).
 */
const DERIVE_SLICE = 20;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The references among `references` that are already cases of the council (one query however many). */
async function referencesOnFile(tx: CouncilTransaction, councilId: string, references: readonly string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ reference: string }[]>`SELECT reference FROM case_record
    WHERE council_id = ${councilId} AND reference = ANY(${[...new Set(references)]}::text[])`;
  return new Set(rows.map((r) => r.reference));
}

/**
 * Derives and stores `records` batch by batch inside the caller's transaction (so an import is still all or
 * nothing: a failure or a kill rolls every batch back). The references already on file are duplicates and left
 * alone, as is a second record with a reference the file already gave; each other record goes through the single
 * derivation path (case-rows.ts, @csc/db derivedRows); a record the vocabularies or the lifecycle refuse is listed
 * with its row and reason; the rest are stored a batch of cases at a time, each batch's rows in one call (case-batch.ts caseBatch, writeCases).
 * While PostgreSQL stores one batch, the next is derived (in slices that let the store's statements go on), so the
 * database and the rules work at the same time.
 */
export async function importInBatches(
  tx: CouncilTransaction,
  council: CaseFactsCouncil,
  records: readonly ImportedCase[],
  options: BatchedImportOptions,
): Promise<BatchedImportOutcome> {
  const size = options.batchSize ?? IMPORT_BATCH_SIZE;
  const refused: RefusedRecord[] = [];
  const known = await referencesOnFile(
    tx,
    options.councilId,
    records.map((r) => r.externalId),
  );
  // The batches' statements go straight to the transaction's connection (their documents are megabytes of text).
  const connection = await transactionConnection(tx);
  let imported = 0;
  let duplicates = 0;
  let storing: Promise<void> = Promise.resolve();
  let next = 0;
  while (next < records.length) {
    // A batch is `size` cases to store (or the records left), however many records before them are duplicates or
    // refused: a first batch of a few cases on a fresh database (case_record never analysed) had the foreign keys'
    // checks planned for a near-empty table, and every later batch's checks read every case of the council.
    const batch = caseBatch();
    let derived = 0;
    for (let looked = 0; next < records.length && derived < size; looked += 1) {
      if (looked > 0 && looked % DERIVE_SLICE === 0) await nextTurn();
      const index = next;
      next += 1;
      const record = records[index] as ImportedCase;
      if (known.has(record.externalId)) {
        duplicates += 1;
        continue;
      }
      try {
        const rows = caseRows(council, record, options.team, options.rules, options.adapterRules);
        derived += 1;
        // Not made ready to store on a dry run: its counted units and rows are not needed.
        if (!options.dryRun) batch.add(rows);
        known.add(record.externalId);
      } catch (error) {
        if (!(error instanceof CaseMappingError)) throw error;
        refused.push({ externalId: record.externalId, row: options.rowOf(index), reason: error.message });
      }
    }
    // Made ready (rows as JSON, counted units) before waiting for the last batch's store.
    const prepared = options.dryRun ? null : await batch.prepare(nextTurn);
    await storing;
    imported += derived;
    const progress = { read: next, stored: imported };
    storing = (async () => {
      if (prepared) await writeCases(connection, prepared);
      await options.onProgress?.(progress);
    })();
    // Awaited before the next store (or at the end); this only keeps a failure from being reported as unhandled
    // while the next batch is derived.
    storing.catch(() => undefined);
  }
  await storing;
  return { imported, duplicates, refused };
}
