import { derivedRows, refreshCountedUnits, type DerivedRows } from "@csc/db";
import type { DerivedCase, FeedbackKind } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { storeReviewPanel } from "./store-review-panel";

/**
 * Stores what the rules engine derived (@csc/db derivedRows, the one function from a derived case to stored
 * rows, which the importer and the demo seed use too), so reports filter and group on columns without replaying
 * events: the case's derived columns, one row per stage, every clock, each point's outcome per stage, LGSCO
 * referrals, the review panel, and its counted units (@csc/db refreshCountedUnits). Bumps the version, except for
 * the daily refresh of an open case to a new day (`bumpVersion: false`): its events are as an officer read them, so
 * a form opened the day before still saves.
 */
export async function storeDerivedState(
  tx: CouncilTransaction,
  row: { councilId: string; id: string; kind: FeedbackKind },
  derived: DerivedCase,
  options: { bumpVersion?: boolean } = {},
): Promise<void> {
  const { councilId, id: caseId } = row;
  // The council's own word for a stage's outcome (recorded by an import) stays while the outcome is the same.
  const before = await tx.caseStage.findMany({ where: { councilId, caseId }, select: { stage: true, outcome: true, localOutcome: true } });
  const recorded = new Map(before.map((s) => [s.stage, s]));
  const rows = derivedRows(derived, row.kind, (outcome, stage) => {
    const kept = recorded.get(stage);
    return kept && kept.outcome === outcome ? kept.localOutcome : null;
  });
  const { procedure, ...columns } = rows.caseColumns;
  await tx.case.update({
    where: { councilId_id: { councilId, id: caseId } },
    // A procedure recorded when the feedback was received stays until the rules decide one.
    data: { ...columns, ...(procedure ? { procedure } : {}), ...(options.bumpVersion === false ? {} : { version: { increment: 1 } }) },
  });

  await tx.caseStage.deleteMany({ where: { councilId, caseId } });
  if (rows.stages.length > 0) await tx.caseStage.createMany({ data: rows.stages.map((s) => ({ ...s, councilId, caseId })) });

  await tx.caseClock.deleteMany({ where: { councilId, caseId } });
  if (rows.clocks.length > 0) await tx.caseClock.createMany({ data: rows.clocks.map((c) => ({ ...c, councilId, caseId })) });

  await storePointOutcomes(tx, councilId, caseId, rows);
  await storeLgsco(tx, councilId, caseId, rows);
  await storeReviewPanel(tx, row, rows.reviewPanel);
  // Last: writing the rows above cleared the case's counted units (migration 1766000000002); store them afresh.
  await refreshCountedUnits(tx, councilId, [caseId]);
}

async function storePointOutcomes(tx: CouncilTransaction, councilId: string, caseId: string, rows: DerivedRows) {
  const points = await tx.pointOfComplaint.findMany({ where: { councilId, caseId }, select: { id: true, pointRef: true } });
  const idOf = new Map(points.map((p) => [p.pointRef, p.id]));
  // The council's own word for a point's outcome (./local-outcomes.ts) stays while the outcome is the same.
  const before = await tx.pointOutcome.findMany({ where: { councilId, pointId: { in: points.map((p) => p.id) } } });
  const kept = new Map(before.map((o) => [`${o.pointId}/${o.stage}`, o]));
  await tx.pointOutcome.deleteMany({ where: { councilId, pointId: { in: points.map((p) => p.id) } } });
  const data = rows.pointOutcomes.flatMap((o) => {
    const pointId = idOf.get(o.pointRef);
    if (!pointId) return [];
    const previous = kept.get(`${pointId}/${o.stage}`);
    const localOutcome = previous && previous.outcome === o.outcome ? previous.localOutcome : o.localOutcome;
    return [{ councilId, pointId, stage: o.stage, outcome: o.outcome, localOutcome }];
  });
  if (data.length > 0) await tx.pointOutcome.createMany({ data });
}

/**
 * The Ombudsman referrals the events record. Referral rows carry what no event derives (the LGSCO's reference,
 * the council's own word for the decision, fault and injustice), so they are updated in place, in date order,
 * and only the referrals beyond the derived ones are removed; so are their remedies (storeRemedies). A referral an import recorded with no referral date
 * (only the Ombudsman's decision is known) comes from no event and is left as it is, as is a recorded decision
 * the events do not give.
 */
async function storeLgsco(tx: CouncilTransaction, councilId: string, caseId: string, rows: DerivedRows) {
  const existing = await tx.lgscoReferral.findMany({
    where: { councilId, caseId, referredOn: { not: null } },
    select: { id: true },
    orderBy: [{ referredOn: "asc" }, { id: "asc" }],
  });
  const ids = existing.map((r) => r.id);
  const surplus = ids.slice(rows.lgsco.length);
  if (surplus.length > 0) {
    await tx.lgscoRemedyRecord.deleteMany({ where: { councilId, referralId: { in: surplus } } });
    await tx.lgscoReferral.deleteMany({ where: { councilId, id: { in: surplus } } });
  }
  for (const [i, referral] of rows.lgsco.entries()) {
    const { remedies, decision, ...dates } = referral;
    const data = { ...dates, ...(decision !== null || !ids[i] ? { decision } : {}) };
    const id = ids[i];
    const saved = id
      ? await tx.lgscoReferral.update({ where: { councilId_id: { councilId, id } }, data, select: { id: true } })
      : await tx.lgscoReferral.create({ data: { councilId, caseId, ...data }, select: { id: true } });
    await storeRemedies(tx, councilId, saved.id, remedies);
  }
}

/** The remedies the decision recorded; a remedy row kept (with its amount, due and complied dates) while still given. */
async function storeRemedies(tx: CouncilTransaction, councilId: string, referralId: string, remedies: DerivedRows["lgsco"][number]["remedies"]) {
  const kept = await tx.lgscoRemedyRecord.findMany({ where: { councilId, referralId }, select: { id: true, remedy: true } });
  const gone = kept.filter((r) => !remedies.includes(r.remedy)).map((r) => r.id);
  if (gone.length > 0) await tx.lgscoRemedyRecord.deleteMany({ where: { councilId, id: { in: gone } } });
  const missing = remedies.filter((remedy) => !kept.some((r) => r.remedy === remedy));
  if (missing.length > 0) await tx.lgscoRemedyRecord.createMany({ data: missing.map((remedy) => ({ councilId, referralId, remedy })) });
}
