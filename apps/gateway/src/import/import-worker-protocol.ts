import type { DerivationSetup, DerivedBatch, ExportSource } from "./export-derivation";

/**
 * The messages between the gateway's thread and the import's worker thread (import-worker.ts), each for one import
 * (`job`). The worker parses the file, answers its references, then derives batches while it has credit: two at
 * first, one more each time the gateway starts storing one, so it works a batch ahead of PostgreSQL and no further.
 */
export type ToImportWorker =
  | { type: "parse"; job: number; csv: string; source: ExportSource }
  | { type: "derive"; job: number; setup: DerivationSetup }
  | { type: "more"; job: number }
  | { type: "cancel"; job: number };

export type FromImportWorker =
  | { type: "parsed"; job: number; references: string[] }
  | { type: "refused"; job: number; message: string }
  | { type: "batch"; job: number; batch: DerivedBatch }
  | { type: "done"; job: number }
  | { type: "failed"; job: number; message: string };

/** Batches a worker may derive before the gateway has started storing the first. */
export const INITIAL_CREDIT = 2;
