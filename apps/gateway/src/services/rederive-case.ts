import { deriveCase, type LifecycleContext } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { eventsFromRows } from "./case-history";
import { storeDerivedState } from "./store-derived-state";

/**
 * Derives a case again from its stored events in the council's rules context and stores the result (the same
 * storeDerivedState every mutation uses), e.g. after the council's calendar changed. Bumps the version unless
 * `bumpVersion` is false (the daily refresh to a new day, ./refresh-open-cases.ts).
 */
export async function rederiveCase(
  tx: CouncilTransaction,
  row: { councilId: string; id: string; kind: Parameters<typeof storeDerivedState>[1]["kind"] },
  rules: LifecycleContext,
  options: { bumpVersion?: boolean } = {},
): Promise<void> {
  const events = await tx.caseEvent.findMany({ where: { councilId: row.councilId, caseId: row.id }, orderBy: { seq: "asc" } });
  await storeDerivedState(tx, row, deriveCase(eventsFromRows(events), { ...rules, kind: row.kind }), options);
}
