import { toStageFacts } from "@csc/rules";
import type { DerivedCase, DerivedClock, FeedbackKind, IsoDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const dayOrNull = (iso: IsoDate | null | undefined) => (iso ? day(iso) : null);

/**
 * Only complaints run the procedure's clocks. Compliments, comments, signposts, informal resolutions and
 * enquiries are recorded with their events but carry no statutory timescale (SI 2006/1738 applies to
 * representations made as complaints), so they never show as due or overdue.
 */
export const CLOCKED_KINDS: ReadonlySet<FeedbackKind> = new Set(["complaint"]);

/** The earliest due date among the council's running response clocks (what a worklist sorts on). */
export function nextDueOf(derived: DerivedCase): IsoDate | null {
  const running = [derived.acknowledgement, ...derived.clocks].filter(
    (clock) => clock.stoppedOn === null && clock.kind === "response" && !clock.provisional,
  );
  const dates = running.map((clock) => clock.dueOn).sort();
  return dates[0] ?? null;
}

function clockRow(councilId: string, caseId: string, clock: DerivedClock) {
  return {
    councilId,
    caseId,
    clockId: clock.id,
    stage: clock.stage,
    label: clock.label,
    source: clock.source,
    startedOn: day(clock.startedOn),
    workingDays: clock.workingDays,
    dueOn: day(clock.dueOn),
    stoppedOn: dayOrNull(clock.stoppedOn),
    workingDaysElapsed: clock.workingDaysElapsed,
    daysPaused: clock.daysPaused,
    met: clock.met,
    band: clock.band,
  };
}

/**
 * Stores what the rules engine derived, so reports filter and group on columns without replaying events:
 * the case's stage, status and acknowledgement; one row per stage (@csc/rules StageFacts via toStageFacts);
 * every clock; each point's outcome per stage; LGSCO referrals; the review panel's dates. Bumps the version.
 */
export async function storeDerivedState(
  tx: CouncilTransaction,
  row: { councilId: string; id: string; kind: FeedbackKind },
  derived: DerivedCase,
  asOf: IsoDate,
): Promise<void> {
  const { councilId, id: caseId } = row;
  const clocked = CLOCKED_KINDS.has(row.kind);
  const facts = clocked ? toStageFacts(derived) : { stages: [], acknowledgement: { dueOn: null, acknowledgedOn: derived.acknowledgedOn, met: null } };
  await tx.case.update({
    where: { councilId_id: { councilId, id: caseId } },
    data: {
      procedure: derived.procedureDecidedOn ? derived.procedure.procedure : undefined,
      currentStage: clocked ? derived.currentStage : null,
      status: derived.status,
      suspended: derived.status === "suspended",
      acknowledgementDueOn: dayOrNull(facts.acknowledgement.dueOn),
      acknowledgedOn: dayOrNull(facts.acknowledgement.acknowledgedOn),
      acknowledgementMet: facts.acknowledgement.met,
      notConsideredReason: derived.notConsidered?.reason ?? null,
      notConsideredOn: dayOrNull(derived.notConsidered?.on),
      nextDueOn: clocked ? dayOrNull(nextDueOf(derived)) : null,
      withdrawnOn: dayOrNull(derived.withdrawnOn),
      closedOn: dayOrNull(derived.closedOn),
      flags: derived.flags.map((f) => ({ code: f.code, stage: f.stage, message: f.message })),
      derivedOn: day(asOf),
      version: { increment: 1 },
    },
  });

  await tx.caseStage.deleteMany({ where: { councilId, caseId } });
  if (facts.stages.length > 0) {
    await tx.caseStage.createMany({
      data: facts.stages.map((s, index) => ({
        councilId,
        caseId,
        stage: s.stage,
        startedOn: day(s.startedOn),
        timescaleWorkingDays: s.timescaleWorkingDays,
        dueOn: day(s.dueOn),
        respondedOn: dayOrNull(s.respondedOn),
        workingDaysTaken: s.workingDaysTaken,
        daysPaused: s.daysPaused,
        extended: s.extended,
        met: s.met,
        band: derived.stages[index]?.timescale.band ?? null,
        outcome: s.outcome,
        lateRequest: s.lateRequest,
      })),
    });
  }

  await tx.caseClock.deleteMany({ where: { councilId, caseId } });
  if (clocked) {
    await tx.caseClock.createMany({
      data: [derived.acknowledgement, ...derived.clocks].map((clock) => clockRow(councilId, caseId, clock)),
    });
  }

  await storePointOutcomes(tx, councilId, caseId, derived);
  await storeLgsco(tx, councilId, caseId, derived);
}

async function storePointOutcomes(tx: CouncilTransaction, councilId: string, caseId: string, derived: DerivedCase) {
  const points = await tx.pointOfComplaint.findMany({ where: { councilId, caseId }, select: { id: true, pointRef: true } });
  const idOf = new Map(points.map((p) => [p.pointRef, p.id]));
  await tx.pointOutcome.deleteMany({ where: { councilId, pointId: { in: points.map((p) => p.id) } } });
  const rows = derived.stages.flatMap((s) =>
    s.pointOutcomes.flatMap((o) => {
      const pointId = idOf.get(o.pointId);
      return pointId ? [{ councilId, pointId, stage: s.stage, outcome: o.outcome }] : [];
    }),
  );
  if (rows.length > 0) await tx.pointOutcome.createMany({ data: rows });
}

async function storeLgsco(tx: CouncilTransaction, councilId: string, caseId: string, derived: DerivedCase) {
  const existing = await tx.lgscoReferral.findMany({ where: { councilId, caseId }, select: { id: true } });
  const ids = existing.map((r) => r.id);
  await tx.lgscoRemedyRecord.deleteMany({ where: { councilId, referralId: { in: ids } } });
  await tx.lgscoReferral.deleteMany({ where: { councilId, caseId } });
  for (const referral of derived.lgsco) {
    await tx.lgscoReferral.create({
      data: {
        councilId,
        caseId,
        referredOn: day(referral.referredOn),
        decidedOn: dayOrNull(referral.decidedOn),
        decision: referral.decision,
        remedies: { create: referral.remedies.map((remedy) => ({ remedy })) },
      },
    });
  }
}
