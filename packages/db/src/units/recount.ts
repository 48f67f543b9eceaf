import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "../../generated/prisma/client";
import { withCouncil } from "../with-council";
import { withPlatform } from "../with-platform";
import { countedUnitsCurrent, type RawWriter, refreshCountedUnits, staleCountedUnitCases } from "./store-counted-units";

/** The councils with a case whose counted units are missing or from an older rules version (index-only counts). */
export async function councilsToRecount(prisma: PrismaClient): Promise<string[]> {
  const councils = await withPlatform(prisma, (tx) => tx.council.findMany({ select: { id: true }, orderBy: { id: "asc" } }));
  const stale: string[] = [];
  for (const { id } of councils) {
    if (!(await withCouncil(prisma, id, (tx) => countedUnitsCurrent(tx, id), { readOnly: true }))) stale.push(id);
  }
  return stale;
}

export interface RecountOptions {
  /** Cases a transaction (default 250: a short transaction, and the event loop free between batches). */
  batchSize?: number;
  /** After each batch: cases done and the council's total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Rebuilds a council's stale counted units while the platform runs: the stale cases found once, then rebuilt
 * batch by batch, each in its own council transaction, yielding to the event loop between batches, so case work
 * goes on meanwhile. A batch holds its cases from before their facts are read until it commits (lockCases), so a case
 * an officer changes meanwhile is rebuilt from the facts the officer saved, or waits the batch out and gets its units
 * from its own write; a batch that fails anyway (a deadlock, a conflict) is tried again, up to three times. Returns
 * how many cases it rebuilt.
 */
export async function recountCouncil(prisma: PrismaClient, councilId: string, options: RecountOptions = {}): Promise<number> {
  const size = options.batchSize ?? 250;
  const stale = await withCouncil(prisma, councilId, (tx) => staleCountedUnitCases(tx, councilId), { readOnly: true, timeout: 600_000 });
  for (let start = 0; start < stale.length; start += size) {
    const batch = stale.slice(start, start + size);
    await withRetries(() =>
      withCouncil(
        prisma,
        councilId,
        async (tx) => {
          await lockCases(tx, councilId, batch);
          await refreshCountedUnits(tx, councilId, batch);
        },
        { timeout: 120_000 },
      ),
    );
    options.onProgress?.(Math.min(start + size, stale.length), stale.length);
    await nextTurn();
  }
  return stale.length;
}

/**
 * Holds the batch's cases (FOR SHARE) until the batch commits, before their facts are read: a write to one of them
 * (every write stores the case row, store-derived-state.ts) either committed before, and its facts are the ones
 * read, or waits for the batch. Without it, a write committed between the read and the store had its units replaced
 * by units of the facts it changed, with no error to try again on.
 */
async function lockCases(tx: RawWriter, councilId: string, caseIds: readonly string[]): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM case_record WHERE council_id = ${councilId} AND id = ANY(${caseIds}::uuid[]) ORDER BY id FOR SHARE`;
}

/**
 * Times a batch is tried. An officer's write to one of its cases no longer makes it fail (the write waits for the
 * batch's lock, lockCases); what is left is a deadlock PostgreSQL breaks by cancelling one side, or a lost connection.
 */
const ATTEMPTS = 3;

export async function withRetries(run: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await sleep(100 * attempt);
    }
  }
}

/**
 * Every council's cases get current counted units, one council after another, batches of 2,000 (the benchmark and
 * tools, which want them all before going on; the gateway recounts after it starts listening, with
 * councilsToRecount and recountCouncil as here). Returns how many cases were rebuilt.
 */
export async function bringCountedUnitsUpToDate(prisma: PrismaClient): Promise<number> {
  let rebuilt = 0;
  for (const id of await councilsToRecount(prisma)) rebuilt += await recountCouncil(prisma, id, { batchSize: 2000 });
  return rebuilt;
}
