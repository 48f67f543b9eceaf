import type { GroundDecision } from "./not-considered";
import type { IsoDate } from "../dates/iso-date";
import type { ProcedureDefinition } from "../procedures/definition";
import type { LgscoDecision, LgscoRemedy, NotConsideredReason, Outcome, ProcedureId, Stage } from "../vocabulary/canonical";
import type { CaseEvent, CaseEventType } from "./events";

/** The case so far, as the validator (./validate.ts) builds it event by event. No calendar arithmetic here. */
export interface PointOutcome {
  pointId: string;
  outcome: Outcome;
}

export interface StageState {
  stage: Stage;
  /** When the stage began: its start, its request, the procedure decision (Stage 1) or its first event. */
  enteredOn: IsoDate;
  enteredBy: CaseEventType;
  /** When the council recorded starting the stage (stage_started), if it did. */
  startedOn: IsoDate | null;
  /** When the complainant asked for the stage, if they did. */
  requestedOn: IsoDate | null;
  respondedOn: IsoDate | null;
  pointOutcomes: PointOutcome[] | null;
  extensions: { on: IsoDate; totalWorkingDays: number; reason: string }[];
  appointments: { on: IsoDate; role: "investigating_officer" | "independent_person" }[];
}

export interface Pause {
  from: IsoDate;
  /** null while still suspended. */
  to: IsoDate | null;
  reason: string;
}

export interface DerivedLgscoReferral {
  referredOn: IsoDate;
  decidedOn: IsoDate | null;
  decision: LgscoDecision | null;
  remedies: LgscoRemedy[];
}

export interface LifecycleState {
  procedure: ProcedureDefinition;
  receivedOn: IsoDate | null;
  groundsAroseOn: IsoDate | null;
  acknowledgedOn: IsoDate | null;
  procedureDecided: { on: IsoDate; procedure: ProcedureId } | null;
  notConsidered: { on: IsoDate; reason: NotConsideredReason; detail: string | null } | null;
  /** Every decision on a ground not to consider, whole or in part (./not-considered.ts). */
  groundDecisions: GroundDecision[];
  withdrawnOn: IsoDate | null;
  closedOn: IsoDate | null;
  stages: StageState[];
  pauses: Pause[];
  lgsco: DerivedLgscoReferral[];
  /** Events accepted so far, in date order. */
  history: CaseEvent[];
}

export function emptyState(procedure: ProcedureDefinition): LifecycleState {
  return {
    procedure,
    receivedOn: null,
    groundsAroseOn: null,
    acknowledgedOn: null,
    procedureDecided: null,
    notConsidered: null,
    groundDecisions: [],
    withdrawnOn: null,
    closedOn: null,
    stages: [],
    pauses: [],
    lgsco: [],
    history: [],
  };
}

export function openPause(state: LifecycleState): Pause | null {
  const last = state.pauses[state.pauses.length - 1];
  return last && last.to === null ? last : null;
}

export function stageState(state: LifecycleState, stage: Stage): StageState | undefined {
  return state.stages.find((s) => s.stage === stage);
}
