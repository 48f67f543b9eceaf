import { derivedRows, refreshCountedUnits, type DerivedRows } from "@csc/db";
import type { DerivedCase, FeedbackKind } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { tableRows } from "../import/bulk-insert";
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
  await storeDerivedStates(tx, row.councilId, [{ row, derived }], options);
}

/** A case of the council and what the rules derived for it. */
interface DerivedCaseOf {
  row: { id: string; kind: FeedbackKind };
  derived: DerivedCase;
}

/**
 * storeDerivedState for many cases of one council at once (a calendar change, the daily refresh): the same rows,
 * written by a few statements for them all instead of a dozen a case (the case's own columns, and a review panel
 * or Ombudsman referral, still one case at a time).
 */
export async function storeDerivedStates(
  tx: CouncilTransaction,
  councilId: string,
  cases: readonly DerivedCaseOf[],
  options: { bumpVersion?: boolean } = {},
): Promise<void> {
  if (cases.length === 0) return;
  const caseIds = cases.map((c) => c.row.id);
  // The council's own word for a stage's outcome (recorded by an import) stays while the outcome is the same.
  const before = await tx.caseStage.findMany({
    where: { councilId, caseId: { in: caseIds } },
    select: { caseId: true, stage: true, outcome: true, localOutcome: true },
  });
  const recorded = new Map(before.map((s) => [`${s.caseId}/${s.stage}`, s]));
  const stored = cases.map(({ row, derived }) => ({
    caseId: row.id,
    rows: derivedRows(derived, row.kind, (outcome, stage) => {
      const kept = recorded.get(`${row.id}/${stage}`);
      return kept && kept.outcome === outcome ? kept.localOutcome : null;
    }),
  }));
  await updateCaseColumns(tx, councilId, stored, options.bumpVersion !== false);

  await tx.caseStage.deleteMany({ where: { councilId, caseId: { in: caseIds } } });
  const stages = stored.flatMap(({ caseId, rows }) => rows.stages.map((s) => ({ ...s, councilId, caseId })));
  if (stages.length > 0) await tx.caseStage.createMany({ data: stages });

  await tx.caseClock.deleteMany({ where: { councilId, caseId: { in: caseIds } } });
  const clocks = stored.flatMap(({ caseId, rows }) => rows.clocks.map((c) => ({ ...c, councilId, caseId })));
  if (clocks.length > 0) await tx.caseClock.createMany({ data: clocks });

  await storePointOutcomes(tx, councilId, stored);
  await storeLgscoReferrals(tx, councilId, stored);
  for (const { caseId, rows } of stored) await storeReviewPanel(tx, { councilId, id: caseId }, rows.reviewPanel);
  // Last: writing the rows above cleared the cases' counted units (migration 1766000000002); store them afresh.
  await refreshCountedUnits(tx, councilId, caseIds);
}

type StoredRows = { caseId: string; rows: DerivedRows };

/**
 * The cases' derived columns in one UPDATE (one firing of case_record's statement triggers, not one a case): the
 * rows travel as one JSON document typed by the table (json_populate_recordset, as the importer's insert_rows).
 * A procedure recorded when the feedback was received stays until the rules decide one.
 */
async function updateCaseColumns(tx: CouncilTransaction, councilId: string, stored: readonly StoredRows[], bumpVersion: boolean) {
  const [rows] = tableRows(
    "case_record",
    stored.map(({ caseId, rows }) => ({ councilId, id: caseId, ...rows.caseColumns })),
  );
  if (!rows) return;
  const set = rows.columns
    .filter((c) => c !== "council_id" && c !== "id")
    .map((c) => (c === "procedure" ? "procedure = coalesce(v.procedure, c.procedure)" : `${c} = v.${c}`));
  const updated = await tx.$executeRawUnsafe(
    `UPDATE case_record c SET ${[...set, "updated_at = now()", `version = c.version + ${bumpVersion ? 1 : 0}`].join(", ")}
       FROM json_populate_recordset(NULL::case_record, $1::json) v WHERE c.council_id = v.council_id AND c.id = v.id`,
    rows.json,
  );
  if (updated !== stored.length) throw new Error(`storeDerivedStates: ${stored.length - updated} of ${stored.length} cases not found`);
}

async function storePointOutcomes(tx: CouncilTransaction, councilId: string, stored: readonly StoredRows[]) {
  const points = await tx.pointOfComplaint.findMany({
    where: { councilId, caseId: { in: stored.map((c) => c.caseId) } },
    select: { id: true, caseId: true, pointRef: true },
  });
  const idOf = new Map(points.map((p) => [`${p.caseId}/${p.pointRef}`, p.id]));
  const pointIds = points.map((p) => p.id);
  if (pointIds.length === 0) return;
  // The council's own word for a point's outcome (./local-outcomes.ts) stays while the outcome is the same.
  const before = await tx.pointOutcome.findMany({ where: { councilId, pointId: { in: pointIds } } });
  const kept = new Map(before.map((o) => [`${o.pointId}/${o.stage}`, o]));
  await tx.pointOutcome.deleteMany({ where: { councilId, pointId: { in: pointIds } } });
  const data = stored.flatMap(({ caseId, rows }) =>
    rows.pointOutcomes.flatMap((o) => {
      const pointId = idOf.get(`${caseId}/${o.pointRef}`);
      if (!pointId) return [];
      const previous = kept.get(`${pointId}/${o.stage}`);
      const localOutcome = previous && previous.outcome === o.outcome ? previous.localOutcome : o.localOutcome;
      return [{ councilId, pointId, stage: o.stage, outcome: o.outcome, localOutcome }];
    }),
  );
  if (data.length > 0) await tx.pointOutcome.createMany({ data });
}

/** The referrals of each case that has one on file or derived (most cases have none: one query finds which). */
async function storeLgscoReferrals(tx: CouncilTransaction, councilId: string, stored: readonly StoredRows[]) {
  const onFile = await tx.lgscoReferral.findMany({
    where: { councilId, caseId: { in: stored.map((c) => c.caseId) }, referredOn: { not: null } },
    select: { caseId: true },
  });
  const withReferrals = new Set(onFile.map((r) => r.caseId));
  for (const { caseId, rows } of stored) {
    if (rows.lgsco.length > 0 || withReferrals.has(caseId)) await storeLgsco(tx, councilId, caseId, rows);
  }
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
