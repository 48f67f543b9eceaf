import type { DerivedCase, IsoDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { dateFromIso } from "@csc/rules";

const day = (iso: IsoDate | null | undefined) => (iso ? dateFromIso(iso) : null);

/**
 * Keeps the case's review panel row in step with its events and clocks (SI 2006/1738 regs 19–20): requested,
 * meeting due (30 working days), held, report due (5), reported, council response due (15), responded.
 */
export async function storeReviewPanel(
  tx: CouncilTransaction,
  row: { councilId: string; id: string },
  derived: DerivedCase,
): Promise<string | null> {
  const stage3 = derived.stages.find((s) => s.stage === "stage3");
  const requested = derived.events.find((e) => e.type === "panel_requested");
  const requestedOn = requested?.on ?? stage3?.requestedOn ?? stage3?.enteredOn;
  if (!requestedOn) return null;
  const on = (type: string) => derived.events.find((e) => e.type === type)?.on ?? null;
  const due = (clockId: string) => derived.clocks.find((c) => c.id === clockId)?.dueOn ?? null;
  const data = {
    requestedOn: dateFromIso(requestedOn),
    meetingDueOn: day(due("stage3_panel")),
    heldOn: day(on("panel_held")),
    reportDueOn: day(due("stage3_panel_report")),
    reportedOn: day(on("panel_reported")),
    responseDueOn: day(due("stage3_council_response")),
    councilRespondedOn: day(on("council_responded")),
  };
  const existing = await tx.reviewPanel.findFirst({ where: { councilId: row.councilId, caseId: row.id }, select: { id: true } });
  if (existing) {
    await tx.reviewPanel.update({ where: { councilId_id: { councilId: row.councilId, id: existing.id } }, data });
    return existing.id;
  }
  const created = await tx.reviewPanel.create({ data: { councilId: row.councilId, caseId: row.id, ...data } });
  return created.id;
}
