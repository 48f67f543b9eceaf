import { addCalendarMonths } from "../procedures/counting";
import { stageDefinition, stageName } from "../procedures/definition";
import { compareDates } from "../dates/iso-date";
import type { Stage } from "../vocabulary/canonical";
import type { DerivedClock } from "./clocks";
import type { LifecycleState } from "./state";

/**
 * Things a complaints officer should know that do not stop the case: the council has discretion to accept a
 * late complaint or a late request for the next stage, so these are allowed and flagged, never rejected.
 */
export const CASE_FLAG_CODES = ["late_complaint", "late_request", "no_independent_person"] as const;
export type CaseFlagCode = (typeof CASE_FLAG_CODES)[number];

export interface CaseFlag {
  code: CaseFlagCode;
  stage: Stage | null;
  message: string;
}

interface StageSummary {
  stage: Stage;
  respondedOn: string | null;
  appointments: readonly { role: string }[];
}

export function caseFlags(state: LifecycleState, clocks: readonly DerivedClock[], stages: readonly StageSummary[]): CaseFlag[] {
  const flags: CaseFlag[] = [];
  const limit = state.procedure.timeLimit;
  if (limit && state.groundsAroseOn && state.receivedOn) {
    const latest = addCalendarMonths(state.groundsAroseOn, limit.months);
    if (compareDates(state.receivedOn, latest) > 0) {
      const discretion = state.groundDecisions.find((d) => d.reason === "out_of_time" && d.discretionExercised !== null);
      const decided = discretion
        ? ` On ${discretion.on} the council decided ${discretion.discretionExercised ? "to consider it anyway" : "not to consider it"}.`
        : "";
      flags.push({
        code: "late_complaint",
        stage: null,
        message: `The complaint was made on ${state.receivedOn}, more than ${limit.months} months after the grounds arose (${state.groundsAroseOn}); ${limit.source} lets the council still consider it.${decided}`,
      });
    }
  }
  for (const clock of clocks) {
    if (clock.kind !== "request_window" || clock.met !== false || clock.stage === null) continue;
    flags.push({
      code: "late_request",
      stage: clock.stage,
      message: `${stageName(clock.stage)} was requested ${clock.workingDaysElapsed} working days after the previous response, later than the ${clock.workingDays} working days in ${clock.source}; the council may still accept it.`,
    });
  }
  for (const stage of stages) {
    const definition = stageDefinition(state.procedure, stage.stage);
    const needsIndependentPerson = definition?.events.includes("investigator_appointed") && state.procedure.procedure === "childrens_statutory";
    if (needsIndependentPerson && stage.respondedOn && !stage.appointments.some((a) => a.role === "independent_person")) {
      flags.push({
        code: "no_independent_person",
        stage: stage.stage,
        message: `No Independent Person was recorded for ${stageName(stage.stage)}; SI 2006/1738 reg 17 requires one to take part in the investigation.`,
      });
    }
  }
  return flags;
}
