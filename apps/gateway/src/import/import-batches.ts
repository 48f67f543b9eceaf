import { CaseMappingError, type CaseFactsCouncil, type ImportedCase } from "@csc/council-kit";
import type { LifecycleContext } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { caseRows, type CaseRows } from "./case-rows";
import type { TeamLookup } from "./council-from-adapter";
import { storeCases } from "./import-fixture";

/** Cases derived and stored together: one multi-row INSERT per table per batch, so memory stays bounded. */
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
  dryRun: boolean;
  /** The file row of the i-th record (0-based), for refusals. */
  rowOf: (index: number) => number;
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
  batchSize?: number;
}

/**
 * Derives and stores `records` batch by batch inside the caller's transaction (so an import is still all or
 * nothing: a failure or a kill rolls every batch back). Per batch: the references already on file are
 * duplicates and left alone; each other record goes through the single derivation path (case-rows.ts, @csc/db
 * derivedRows); a record the vocabularies or the lifecycle refuse is listed with its row and reason; the rest are
 * stored with one multi-row INSERT per table (import-fixture.ts storeCases).
 */
export async function importInBatches(
  tx: CouncilTransaction,
  council: CaseFactsCouncil,
  records: readonly ImportedCase[],
  options: BatchedImportOptions,
): Promise<BatchedImportOutcome> {
  const size = options.batchSize ?? IMPORT_BATCH_SIZE;
  const refused: RefusedRecord[] = [];
  let imported = 0;
  let duplicates = 0;
  for (let start = 0; start < records.length; start += size) {
    const batch = records.slice(start, start + size);
    const existing = await tx.case.findMany({
      where: { councilId: options.councilId, reference: { in: batch.map((r) => r.externalId) } },
      select: { reference: true },
    });
    const known = new Set(existing.map((c) => c.reference));
    const rows: CaseRows[] = [];
    batch.forEach((record, j) => {
      if (known.has(record.externalId)) {
        duplicates += 1;
        return;
      }
      try {
        rows.push(caseRows(council, record, options.team, options.rules));
      } catch (error) {
        if (!(error instanceof CaseMappingError)) throw error;
        refused.push({ externalId: record.externalId, row: options.rowOf(start + j), reason: error.message });
      }
    });
    if (!options.dryRun) await storeCases(tx, rows);
    imported += rows.length;
    await options.onProgress?.({ read: start + batch.length, stored: imported });
  }
  return { imported, duplicates, refused };
}
