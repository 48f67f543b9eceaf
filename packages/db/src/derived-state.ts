import {
  toStageFacts,
  type DerivedCase,
  type DerivedClock,
  type IsoDate,
  type NotConsideredReason,
  type Outcome,
  type ProcedureId as Procedure,
  type Stage,
} from "@csc/rules";
import type { Prisma } from "../generated/prisma/client";

/**
 * What the rules engine derived for a case (@csc/rules deriveCase / applyEvent), as the columns and rows
 * the database stores: case_record's derived columns, one case_stage row per stage (StageFacts), one
 * case_clock row per clock, and point_outcome rows. The gateway writes these in the same transaction as the
 * event; the seed uses them too, so stored state is always exactly what the engine derived.
 */
export type DerivedRows = {
  caseColumns: {
    currentStage: Stage | null;
    status: string;
    procedure: Procedure | undefined;
    acknowledgementDueOn: Date | null;
    acknowledgedOn: Date | null;
    acknowledgementMet: boolean | null;
    notConsideredReason: NotConsideredReason | null;
    notConsideredOn: Date | null;
    suspended: boolean;
    nextDueOn: Date | null;
    withdrawnOn: Date | null;
    closedOn: Date | null;
    flags: { code: string; message: string }[];
    derivedOn: Date;
  };
  stages: Omit<Prisma.CaseStageCreateManyInput, "councilId" | "caseId">[];
  clocks: Omit<Prisma.CaseClockCreateManyInput, "councilId" | "caseId">[];
  /** Per point of complaint (its pointRef) and stage. */
  pointOutcomes: { pointRef: string; stage: Stage; outcome: Outcome; localOutcome: string | null }[];
};

export type LocalOutcomeLabel = (outcome: Outcome) => string | null;

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
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

/** The rows and columns to store for `derived`; `localOutcome` gives the council's label for a canonical outcome. */
export function derivedRows(derived: DerivedCase, localOutcome: LocalOutcomeLabel = () => null): DerivedRows {
  const facts = toStageFacts(derived);
  const allClocks = [derived.acknowledgement, ...derived.clocks];
  const openDue = allClocks.filter((c) => c.stoppedOn === null).map((c) => c.dueOn).sort();
  const bandOf = new Map(derived.stages.map((s) => [s.stage, s.timescale.band]));
  return {
    caseColumns: {
      currentStage: derived.currentStage,
      status: derived.status,
      procedure: derived.procedureDecidedOn ? derived.procedure.procedure : undefined,
      acknowledgementDueOn: dayOrNull(facts.acknowledgement.dueOn),
      acknowledgedOn: dayOrNull(facts.acknowledgement.acknowledgedOn),
      acknowledgementMet: facts.acknowledgement.met,
      notConsideredReason: derived.notConsidered?.reason ?? null,
      notConsideredOn: dayOrNull(derived.notConsidered?.on ?? null),
      suspended: derived.status === "suspended",
      nextDueOn: dayOrNull(openDue[0] ?? null),
      withdrawnOn: dayOrNull(derived.withdrawnOn),
      closedOn: dayOrNull(derived.closedOn),
      flags: derived.flags.map((f) => ({ code: f.code, message: f.message })),
      derivedOn: day(derived.asOf),
    },
    stages: facts.stages.map((s) => ({
      stage: s.stage,
      startedOn: day(s.startedOn),
      timescaleWorkingDays: s.timescaleWorkingDays,
      dueOn: day(s.dueOn),
      respondedOn: dayOrNull(s.respondedOn),
      workingDaysTaken: s.workingDaysTaken,
      daysPaused: s.daysPaused,
      extended: s.extended,
      met: s.met,
      band: bandOf.get(s.stage) ?? null,
      outcome: s.outcome,
      localOutcome: s.outcome ? localOutcome(s.outcome) : null,
      lateRequest: s.lateRequest,
    })),
    clocks: [...new Map(allClocks.map((c) => [c.id, clockRow(c)])).values()],
    pointOutcomes: derived.stages.flatMap((s) =>
      s.pointOutcomes.map((p) => ({ pointRef: p.pointId, stage: s.stage, outcome: p.outcome, localOutcome: localOutcome(p.outcome) })),
    ),
  };
}
