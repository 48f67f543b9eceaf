import type { CaseFacts, StageFacts } from "../measures/case-facts";
import type { DerivedCase } from "./derive";

/**
 * The derived stages and acknowledgement in the shape the database and the reports store
 * (`stageFactsSchema`, `caseFactsSchema.acknowledgement`), so reports count exactly what the engine derived.
 * Each stage is reported on its timescale clock: Stage 1 from receipt, Stage 2 from the agreed statement of
 * complaint (from the request until the statement is agreed), Stage 3 on its review panel (SI 2006/1738 reg 19:
 * within 30 working days of the request); the regulations set no limit for Stage 3 in all. `localOutcome` is left null:
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
      // Issue 12 item 5: whether Stage 2 is counted from the request or the agreed statement is a council's choice.
      ...(s.stage !== "stage1" && s.requestedOn && s.requestedOn !== clock.startedOn ? { requestedOn: s.requestedOn } : {}),
      ...(s.stage === "stage2" && clock.provisional ? { awaitingStatement: true } : {}),
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
