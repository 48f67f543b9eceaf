import {
  caseDerivation,
  dateFromIso,
  type DerivedCase,
  type DerivedClock,
  type FeedbackKind,
  type IsoDate,
  type LgscoDecision,
  type LgscoRemedy,
  type NotConsideredReason,
  type Outcome,
  type ProcedureId as Procedure,
  type Stage,
} from "@csc/rules";
import type { Prisma } from "../generated/prisma/client";

/**
 * What the rules engine derived for a case (@csc/rules caseDerivation of deriveCase / applyEvent), as the
 * columns and rows the database stores: case_record's derived columns, one case_stage row per stage (StageFacts),
 * one case_clock row per clock, point_outcome rows, LGSCO referrals and the review panel. The ONE function from a derived case to
 * stored rows: the gateway's live mutations, the importer and the demo seed all store exactly these.
 */
export type DerivedRows = {
  caseColumns: {
    currentStage: Stage | null;
    status: string;
    procedure: Procedure | null;
    acknowledgementDueOn: Date | null;
    acknowledgedOn: Date | null;
    acknowledgementMet: boolean | null;
    notConsideredReason: NotConsideredReason | null;
    notConsideredOn: Date | null;
    suspended: boolean;
    nextDueOn: Date | null;
    withdrawnOn: Date | null;
    closedOn: Date | null;
    flags: { code: string; stage: Stage | null; message: string }[];
    derivedOn: Date;
  };
  stages: Omit<Prisma.CaseStageCreateManyInput, "councilId" | "caseId">[];
  clocks: Omit<Prisma.CaseClockCreateManyInput, "councilId" | "caseId">[];
  /** Per point of complaint (its pointRef) and stage. */
  pointOutcomes: { pointRef: string; stage: Stage; outcome: Outcome; localOutcome: string | null }[];
  /** Ombudsman referrals in date order, each with its remedies. */
  lgsco: { referredOn: Date; decidedOn: Date | null; decision: LgscoDecision | null; remedies: LgscoRemedy[] }[];
  /** The review panel row (Stage 3, SI 2006/1738 regs 19–20), or null before a panel is requested. */
  reviewPanel: Omit<Prisma.ReviewPanelCreateManyInput, "councilId" | "caseId" | "id" | "decidedWithIndependentPerson"> | null;
};

/** The council's own label for a canonical outcome at a stage (its outcome vocabulary, or what an import recorded). */
export type LocalOutcomeLabel = (outcome: Outcome | null, stage: Stage) => string | null;

const day = dateFromIso;
const dayOrNull = (iso: IsoDate | null) => (iso ? day(iso) : null);

function clockRow(clock: DerivedClock): DerivedRows["clocks"][number] {
  return {
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

/** The rows and columns to store for `derived`, a case of `kind`; `localOutcome` gives the council's label for an outcome. */
export function derivedRows(derived: DerivedCase, kind: FeedbackKind, localOutcome: LocalOutcomeLabel = () => null): DerivedRows {
  const d = caseDerivation(derived, kind);
  return {
    caseColumns: {
      currentStage: d.currentStage,
      status: d.status,
      procedure: d.procedure,
      acknowledgementDueOn: dayOrNull(d.acknowledgement.dueOn),
      acknowledgedOn: dayOrNull(d.acknowledgement.acknowledgedOn),
      acknowledgementMet: d.acknowledgement.met,
      notConsideredReason: d.notConsidered?.reason ?? null,
      notConsideredOn: dayOrNull(d.notConsidered?.on ?? null),
      suspended: d.suspended,
      nextDueOn: dayOrNull(d.nextDueOn),
      withdrawnOn: dayOrNull(d.withdrawnOn),
      closedOn: dayOrNull(d.closedOn),
      flags: d.flags,
      derivedOn: day(d.derivedOn),
    },
    stages: d.stages.map((s) => ({
      stage: s.stage,
      startedOn: day(s.startedOn),
      timescaleWorkingDays: s.timescaleWorkingDays,
      dueOn: day(s.dueOn),
      respondedOn: dayOrNull(s.respondedOn),
      workingDaysTaken: s.workingDaysTaken,
      daysPaused: s.daysPaused,
      extended: s.extended,
      met: s.met,
      band: s.band,
      outcome: s.outcome,
      localOutcome: localOutcome(s.outcome, s.stage),
      lateRequest: s.lateRequest,
      requestedOn: dayOrNull(s.requestedOn ?? null),
      awaitingStatement: s.awaitingStatement ?? false,
    })),
    clocks: d.clocks.map(clockRow),
    pointOutcomes: d.pointOutcomes.map((p) => ({ ...p, localOutcome: localOutcome(p.outcome, p.stage) })),
    lgsco: d.lgsco.map((l) => ({
      referredOn: day(l.referredOn),
      decidedOn: dayOrNull(l.decidedOn),
      decision: l.decision,
      remedies: [...l.remedies],
    })),
    reviewPanel: d.reviewPanel
      ? {
          requestedOn: day(d.reviewPanel.requestedOn),
          meetingDueOn: dayOrNull(d.reviewPanel.meetingDueOn),
          heldOn: dayOrNull(d.reviewPanel.heldOn),
          reportDueOn: dayOrNull(d.reviewPanel.reportDueOn),
          reportedOn: dayOrNull(d.reviewPanel.reportedOn),
          responseDueOn: dayOrNull(d.reviewPanel.responseDueOn),
          councilRespondedOn: dayOrNull(d.reviewPanel.councilRespondedOn),
        }
      : null,
  };
}
