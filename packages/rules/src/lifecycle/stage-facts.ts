import type { CaseFacts, StageFacts } from "../measures/case-facts";
import type { DerivedCase } from "./derive";

/**
 * The derived stages and acknowledgement in the shape the database and the reports store
 * (`stageFactsSchema`, `caseFactsSchema.acknowledgement`), so reports count exactly what the engine derived.
 * Each stage is reported on its timescale clock: Stage 1 from receipt, Stage 2 from the agreed statement of
 * complaint (from the request until the statement is agreed), Stage 3 from the request for a review panel to
 * the council's response (50 working days: panel 30 + report 5 + response 15). `localOutcome` is left null:
 * the council's own label comes from its adapter.
 */
export function toStageFacts(derived: DerivedCase): {
  stages: StageFacts[];
  acknowledgement: CaseFacts["acknowledgement"];
} {
  const stages = derived.stages.map((s): StageFacts => {
    const clock = s.timescale;
    return {
      stage: s.stage,
      startedOn: clock.startedOn,
      timescaleWorkingDays: clock.workingDays,
      dueOn: clock.dueOn,
      respondedOn: s.respondedOn,
      workingDaysTaken: s.respondedOn ? clock.workingDaysElapsed : null,
      daysPaused: clock.daysPaused,
      extended: clock.extended,
      met: clock.met,
      outcome: s.outcome,
      localOutcome: null,
      lateRequest: s.lateRequest,
    };
  });
  const ack = derived.acknowledgement;
  return {
    stages,
    acknowledgement: {
      dueOn: ack.dueOn,
      acknowledgedOn: derived.acknowledgedOn,
      met: ack.met,
    },
  };
}
