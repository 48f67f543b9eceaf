import { deriveCase, type FeedbackKind, type LifecycleContext } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { eventsFromRows } from "./case-history";
import { storeDerivedStates } from "./store-derived-state";

/** Cases derived and stored together: a few statements for them all, with their ids well within one query's bind values. */
const CASES_PER_STORE = 200;

/**
 * Derives cases of the council again from their stored events in the council's rules context and stores the
 * results (storeDerivedStates: the same rows every mutation's storeDerivedState writes), e.g. after the council's
 * calendar changed. Their events are read in one query, and the cases stored a batch at a time. Bumps the version
 * unless `bumpVersion` is false (the daily refresh to a new day, ./refresh-open-cases.ts).
 */
export async function rederiveCases(
  tx: CouncilTransaction,
  councilId: string,
  rows: ReadonlyArray<{ id: string; kind: FeedbackKind }>,
  rules: LifecycleContext,
  options: { bumpVersion?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += CASES_PER_STORE) {
    const batch = rows.slice(i, i + CASES_PER_STORE);
    const events = await tx.caseEvent.findMany({
      where: { councilId, caseId: { in: batch.map((r) => r.id) } },
      orderBy: [{ caseId: "asc" }, { seq: "asc" }],
    });
    const byCase = new Map<string, typeof events>();
    for (const event of events) {
      const own = byCase.get(event.caseId);
      if (own) own.push(event);
      else byCase.set(event.caseId, [event]);
    }
    const derived = batch.map((row) => ({
      row,
      derived: deriveCase(eventsFromRows(byCase.get(row.id) ?? []), { ...rules, kind: row.kind }),
    }));
    await storeDerivedStates(tx, councilId, derived, options);
  }
}
