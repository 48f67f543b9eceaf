import { compareDates } from "../dates/iso-date";
import type { IsoDate } from "../dates/iso-date";
import { addCalendarMonths } from "../procedures/counting";
import { stageName } from "../procedures/definition";
import type { NotConsideredReason } from "../vocabulary/canonical";
import { NOT_CONSIDERED_GROUNDS } from "../vocabulary/not-considered-grounds";
import type { CaseEvent } from "./events";
import type { LifecycleState } from "./state";
import type { Rejection } from "./rejection";

/**
 * A decision not to consider a complaint, by its ground (@csc/rules NOT_CONSIDERED_GROUNDS): in whole, or in part
 * for some points of complaint (SI 2006/1738 reg 8), or a reg 9 decision on a late complaint that records whether
 * the council exercised its discretion to consider it anyway.
 */
export type NotConsideredEvent = Extract<CaseEvent, { type: "not_considered" }>;

export interface GroundDecision {
  on: IsoDate;
  reason: NotConsideredReason;
  /** The law or policy that gives the ground. */
  source: string;
  /** The points of complaint the decision covers; null: the whole complaint. */
  points: string[] | null;
  /** reg 9: whether the council exercised its discretion to consider the complaint anyway; null: not recorded. */
  discretionExercised: boolean | null;
  decidedBy: string | null;
  localGround: string | null;
  /** Whether the decision ended the case (a whole-case decision not overridden by discretion). */
  endsCase: boolean;
}

/**
 * Whether the decision ends the case and stops its clocks: it does unless it covers some points of complaint
 * only (reg 8 in part) or the council exercised its discretion to consider a late complaint (reg 9).
 */
export function endsCase(event: NotConsideredEvent): boolean {
  return !(event.points && event.points.length > 0) && event.discretionExercised !== true;
}

export function groundDecision(event: NotConsideredEvent): GroundDecision {
  return {
    on: event.on,
    reason: event.reason,
    source: NOT_CONSIDERED_GROUNDS[event.reason].source,
    points: event.points && event.points.length > 0 ? [...event.points] : null,
    discretionExercised: event.discretionExercised ?? null,
    decidedBy: event.decidedBy ?? null,
    localGround: event.localGround ?? null,
    endsCase: endsCase(event),
  };
}

/** The points of complaint a decision in part has taken out of consideration so far. */
export function pointsNotConsidered(decisions: readonly GroundDecision[]): string[] {
  return decisions.flatMap((d) => d.points ?? []);
}

function isLate(state: LifecycleState): boolean | null {
  const limit = state.procedure.timeLimit;
  if (!limit || !state.groundsAroseOn || !state.receivedOn) return null;
  return compareDates(state.receivedOn, addCalendarMonths(state.groundsAroseOn, limit.months)) > 0;
}

export function checkNotConsidered(state: LifecycleState, event: NotConsideredEvent): Rejection | null {
  const answered = state.stages.find((s) => s.respondedOn);
  if (answered) {
    return {
      code: "out_of_order",
      message: `A complaint can be "not considered" only before its first response; ${stageName(answered.stage)} was answered on ${answered.respondedOn}.`,
    };
  }
  const ground = NOT_CONSIDERED_GROUNDS[event.reason];
  if (event.points && event.points.length > 0) {
    if (!ground.inPart) {
      return {
        code: "not_in_part",
        message: `Only a decision under SI 2006/1738 reg 8 may leave out some points of complaint; ${ground.source} applies to the whole complaint.`,
      };
    }
    const taken = new Set(pointsNotConsidered(state.groundDecisions));
    const again = event.points.find((p) => taken.has(p));
    if (again) return { code: "duplicate_event", message: `Point of complaint ${again} is already not considered.` };
  }
  if (event.discretionExercised !== undefined) {
    if (event.reason !== "out_of_time") {
      return {
        code: "invalid_event",
        message: `The council's discretion to consider a late complaint belongs to ${NOT_CONSIDERED_GROUNDS.out_of_time.source}, not to ${ground.source}.`,
      };
    }
    if (isLate(state) === false) {
      return {
        code: "not_late",
        message: `The complaint was received on ${state.receivedOn}, within ${state.procedure.timeLimit?.months} months of the grounds arising (${state.groundsAroseOn}): ${ground.source} does not apply.`,
      };
    }
  }
  return null;
}

/** A stage's answer gives no outcome for a point the council decided not to consider (reg 8 in part). */
export function checkOutcomesConsidered(state: LifecycleState, event: CaseEvent): Rejection | null {
  const outcomes = "outcomes" in event ? (event.outcomes ?? []) : [];
  if (outcomes.length === 0) return null;
  const decision = state.groundDecisions.find((d) => d.points && outcomes.some((o) => d.points?.includes(o.pointId)));
  if (!decision) return null;
  const point = outcomes.find((o) => decision.points?.includes(o.pointId))?.pointId;
  return {
    code: "point_not_considered",
    message: `Point of complaint ${point} was not considered (decided on ${decision.on}, ${decision.source}), so it has no outcome; give outcomes for the other points.`,
  };
}
