import type { PrismaClient } from "@csc/db";

/** A case's derived columns (and what identifies it), as a differential test compares them. */
const CASE_COLUMNS = {
  id: true,
  reference: true,
  kind: true,
  currentStage: true,
  status: true,
  procedure: true,
  acknowledgementDueOn: true,
  acknowledgedOn: true,
  acknowledgementMet: true,
  notConsideredReason: true,
  notConsideredOn: true,
  localNotConsideredReason: true,
  suspended: true,
  nextDueOn: true,
  withdrawnOn: true,
  closedOn: true,
  flags: true,
  derivedOn: true,
} as const;

/**
 * Everything stored from the rules' derivation for a council's cases, in a stable order (read as the owner): the
 * cases' derived columns, stages, clocks, point outcomes, Ombudsman referrals and remedies, and review panels (a
 * panel's row id left out: it is its own on each path). For tests that two ways of storing a case agree.
 */
export async function derivedSnapshot(db: PrismaClient, councilId: string) {
  const omitIds = <T extends { councilId: string }>(rows: T[]) => rows.map(({ councilId: _c, ...rest }) => rest);
  const cases = await db.case.findMany({ where: { councilId }, select: CASE_COLUMNS, orderBy: { id: "asc" } });
  const stages = omitIds(await db.caseStage.findMany({ where: { councilId }, orderBy: [{ caseId: "asc" }, { stage: "asc" }] }));
  const clocks = omitIds(await db.caseClock.findMany({ where: { councilId }, orderBy: [{ caseId: "asc" }, { clockId: "asc" }] }));
  const outcomes = omitIds(await db.pointOutcome.findMany({ where: { councilId }, orderBy: [{ pointId: "asc" }, { stage: "asc" }] }));
  const lgsco = omitIds(await db.lgscoReferral.findMany({ where: { councilId }, orderBy: [{ caseId: "asc" }, { id: "asc" }] }));
  const remedies = omitIds(await db.lgscoRemedyRecord.findMany({ where: { councilId }, orderBy: [{ referralId: "asc" }, { remedy: "asc" }] }));
  const panels = (await db.reviewPanel.findMany({ where: { councilId }, orderBy: [{ caseId: "asc" }, { requestedOn: "asc" }] })).map(
    ({ councilId: _c, id: _id, ...rest }) => rest,
  );
  return { cases, stages, clocks, outcomes, lgsco, remedies, panels };
}
