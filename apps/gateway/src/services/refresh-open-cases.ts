import { dateFromIso, OPEN_STATUSES, type IsoDate } from "@csc/rules";
import type { PrismaClient } from "@csc/db";
import { withCouncil, type CouncilTransaction } from "../db/client";
import { rederiveCases } from "./rederive-case";
import { loadRulesContext } from "./rules-context";

/**
 * Open cases derived again in one transaction (stored together: rederiveCases): about 0.6 s here, short enough not
 * to hold an officer's save up for long.
 */
const CASES_PER_TRANSACTION = 200;

/**
 * Brings a council's open cases up to `asOf`: each open case last derived before that day is derived again from
 * its events in the council's rules context (the same rederiveCases a calendar change uses). A running clock's
 * working days used, its state (due, late), a suspended case's due dates (a pause moves them each working day),
 * the case's flags and its counted units are stored as of the day they were derived, so without this an officer
 * would read "5 working days left" on a clock with 2. The version is not bumped: the events are as an officer
 * read them. Runs daily just after midnight (jobs/job-queue.ts) and when the gateway starts; a case an officer
 * changes in the meantime is derived as of that day by the change itself. Returns how many cases were derived.
 */
export async function refreshOpenCases(
  root: PrismaClient,
  councilId: string,
  asOf: IsoDate,
  onFailure: (caseId: string, error: unknown) => void = () => undefined,
): Promise<number> {
  // A case whose derivation fails is left as it was (and reported), not retried in the same run: one bad case
  // must not keep the rest of the council's cases on yesterday's figures.
  const failed = new Set<string>();
  const staleCases = (tx: CouncilTransaction, take: number) =>
    tx.case.findMany({
      where: {
        councilId,
        status: { in: [...OPEN_STATUSES] },
        OR: [{ derivedOn: null }, { derivedOn: { lt: dateFromIso(asOf) } }],
        ...(failed.size > 0 ? { id: { notIn: [...failed] } } : {}),
      },
      select: { id: true, kind: true },
      orderBy: { id: "asc" },
      take,
    });
  const refresh = (take: number) =>
    withCouncil(
      root,
      councilId,
      async (tx) => {
        const stale = await staleCases(tx, take);
        if (stale.length === 0) return [];
        const rules = await loadRulesContext(tx, councilId, asOf);
        await rederiveCases(tx, councilId, stale, rules, { bumpVersion: false });
        return stale;
      },
      { timeout: 120_000 },
    );
  let refreshed = 0;
  for (;;) {
    try {
      const done = await refresh(CASES_PER_TRANSACTION);
      refreshed += done.length;
      if (done.length < CASES_PER_TRANSACTION) return refreshed;
    } catch {
      // Find the case that failed: one case a transaction until it is passed.
      const [next] = await withCouncil(root, councilId, (tx) => staleCases(tx, 1), { readOnly: true });
      if (!next) return refreshed;
      try {
        refreshed += (await refresh(1)).length;
      } catch (error) {
        failed.add(next.id);
        onFailure(next.id, error);
      }
    }
  }
}
