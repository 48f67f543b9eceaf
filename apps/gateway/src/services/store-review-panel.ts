import type { DerivedRows } from "@csc/db";
import type { CouncilTransaction } from "../db/client";

/**
 * Keeps the case's review panel row in step with its events and clocks (SI 2006/1738 regs 19–20): requested,
 * meeting due, held, report due, reported, council response due, responded. `panel` is @csc/db derivedRows'
 * reviewPanel, the same row the importer stores; ./store-derived-state.ts calls this for every event. Returns the
 * row's id, or null while no panel is requested.
 */
export async function storeReviewPanel(
  tx: CouncilTransaction,
  row: { councilId: string; id: string },
  panel: DerivedRows["reviewPanel"],
): Promise<string | null> {
  if (!panel) return null;
  const existing = await reviewPanelId(tx, row);
  if (existing) {
    await tx.reviewPanel.update({ where: { councilId_id: { councilId: row.councilId, id: existing } }, data: panel });
    return existing;
  }
  const created = await tx.reviewPanel.create({ data: { councilId: row.councilId, caseId: row.id, ...panel }, select: { id: true } });
  return created.id;
}

/** The case's review panel row (kept by storeReviewPanel), for its recommendations and decisions; null: none. */
export async function reviewPanelId(tx: CouncilTransaction, row: { councilId: string; id: string }): Promise<string | null> {
  const found = await tx.reviewPanel.findFirst({ where: { councilId: row.councilId, caseId: row.id }, select: { id: true } });
  return found?.id ?? null;
}
