import { councilsToRecount, type PrismaClient, recountCouncil, withPlatform } from "@csc/db";
import type { Logger } from "../log";
import type { Recounting } from "../reports/recounting";

/**
 * At start-up, the councils whose counted units are missing or from an older rules version (index-only counts: a
 * second or two at national scale): marked in `recounting` before the gateway listens, so their figures are refused
 * from the first request. `recount` then rebuilds them one council at a time in short transactions while the gateway
 * serves case work (after a rules change, about an hour at national scale, which used to hold the start-up), and
 * clears each council as it is done. A failure is logged and leaves the council marked: a restart tries again.
 */
export async function findCouncilsToRecount(prisma: PrismaClient, recounting: Recounting): Promise<string[]> {
  const councils = await councilsToRecount(prisma);
  const named = await withPlatform(prisma, (tx) =>
    tx.council.findMany({ where: { id: { in: councils } }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
  );
  recounting.begin(named);
  return councils;
}

export async function recount(prisma: PrismaClient, recounting: Recounting, councils: readonly string[], logger: Logger): Promise<void> {
  for (const councilId of councils) {
    const started = performance.now();
    try {
      const cases = await recountCouncil(prisma, councilId, { onProgress: (done, total) => recounting.update(councilId, done, total) });
      recounting.finish(councilId);
      logger.log("info", "units.recounted", { councilId, cases, ms: Math.round(performance.now() - started) });
    } catch (error) {
      logger.log("error", "units.recount_failed", { councilId, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
