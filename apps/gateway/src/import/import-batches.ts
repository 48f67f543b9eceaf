import { transactionConnection } from "@csc/db";
import type { CouncilTransaction } from "../db/client";
import { writeCases } from "./case-batch";
import type { DerivedBatch, RefusedRecord } from "./export-derivation";

/** Cases derived and stored together (one call for their rows, one for their counted units), so memory stays bounded. */
export const IMPORT_BATCH_SIZE = 1000;

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

/** The references among `references` that are already cases of the council (one query however many). */
export async function referencesOnFile(tx: CouncilTransaction, councilId: string, references: readonly string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ reference: string }[]>`SELECT reference FROM case_record
    WHERE council_id = ${councilId} AND reference = ANY(${[...new Set(references)]}::text[])`;
  return rows.map((r) => r.reference);
}

/**
 * Stores `batches` (derived in the import's worker thread: export-derivation.ts deriveBatches) one after another
 * inside the caller's transaction, so an import is still all or nothing: a failure or a kill rolls every batch back.
 * Each batch's rows go in one call and its counted units in another (case-batch.ts writeCases), straight to the
 * transaction's connection (@csc/db transactionConnection: their documents are megabytes of text). The next batch is
 * taken while the last is stored, so the worker derives while PostgreSQL stores. Progress is reported after each
 * batch is stored.
 */
export async function storeBatches(
  tx: CouncilTransaction,
  batches: AsyncIterable<DerivedBatch>,
  onProgress?: (progress: ImportProgress) => Promise<void> | void,
): Promise<BatchedImportOutcome> {
  const connection = await transactionConnection(tx);
  const refused: RefusedRecord[] = [];
  let imported = 0;
  let duplicates = 0;
  let storing: Promise<void> = Promise.resolve();
  for await (const batch of batches) {
    await storing;
    imported += batch.derived;
    duplicates += batch.duplicates;
    refused.push(...batch.refused);
    const progress = { read: batch.read, stored: imported };
    const { prepared } = batch;
    storing = (async () => {
      if (prepared) await writeCases(connection, prepared);
      await onProgress?.(progress);
    })();
    // Awaited before the next store (or at the end); this only keeps a failure from being reported as unhandled
    // while the next batch is awaited.
    storing.catch(() => undefined);
  }
  await storing;
  return { imported, duplicates, refused };
}
