import { type StageDefinition, stageDefinition, stageIndex, stageName } from "../procedures/definition";
import type { Stage } from "../vocabulary/canonical";
import type { CaseEvent } from "./events";
import { EVENT_LABELS, describe, eventMatches, eventStage, firstStage, withArticle } from "./matching";
import { type Rejection, reject } from "./rejection";
import { type LifecycleState, type StageState, stageState } from "./state";

/** The checks of work at a stage: entering it, working in it, stopping its clock, extending it, recording twice. */
function laterStage(state: LifecycleState, stage: Stage): StageState | undefined {
  return state.stages.find((s) => stageIndex(s.stage) > stageIndex(stage));
}

function previousStage(state: LifecycleState, stage: Stage): StageDefinition | undefined {
  const position = state.procedure.stages.findIndex((s) => s.stage === stage);
  return state.procedure.stages[position - 1];
}

/** Checks that work on `stage` (other than starting it) can be recorded now. */
export function checkStageWork(state: LifecycleState, stage: Stage | null, event: CaseEvent): Rejection | null {
  const what = describe(event);
  if (stage === null || !stageDefinition(state.procedure, stage)) {
    if (stage === null) return reject("no_such_stage", `The ${state.procedure.name} has no ${what}, so it cannot be recorded.`);
    return reject("no_such_stage", `The ${state.procedure.name} has no ${stageName(stage)}, so the ${what} cannot be recorded.`);
  }
  const later = laterStage(state, stage);
  if (later) {
    return reject(
      "stage_finished",
      `${stageName(stage)} is over: the case moved to ${stageName(later.stage)} on ${later.enteredOn}, so the ${what} cannot be recorded.`,
    );
  }
  const current = stageState(state, stage);
  if (!current && stage !== firstStage(state.procedure)) {
    return reject(
      "stage_not_started",
      `There is no ${stageName(stage)} yet: ${stageName(stage)} must be requested or started before ${withArticle(what)} can be recorded.`,
    );
  }
  if (current?.respondedOn) {
    return reject(
      "stage_finished",
      `${stageName(stage)} was answered on ${current.respondedOn}; ${withArticle(what)} cannot come after the stage's response.`,
    );
  }
  return null;
}

/** An event that stops a clock needs that clock to have started (an adjudication needs the agreed statement). */
export function checkClockStarted(state: LifecycleState, stage: Stage, event: CaseEvent): Rejection | null {
  const definition = stageDefinition(state.procedure, stage) as StageDefinition;
  for (const clock of definition.clocks) {
    if (clock.kind !== "response" || !eventMatches(event, clock.endsAt, clock.endsAtStage ?? stage, state.procedure)) continue;
    const startStage = clock.startsAtStage ?? stage;
    const started = state.history.some((e) => eventMatches(e, clock.startsAt, startStage, state.procedure));
    if (!started) {
      return reject(
        "out_of_order",
        `The ${describe(event)} cannot be recorded before the ${EVENT_LABELS[clock.startsAt]}: ${clock.label} (${clock.source}).`,
      );
    }
  }
  return null;
}

export function checkDuplicate(state: LifecycleState, event: CaseEvent): Rejection | null {
  const stage = eventStage(event, state.procedure);
  const earlier = state.history.find((e) => e.type === event.type && eventStage(e, state.procedure) === stage);
  return earlier ? reject("duplicate_event", `The ${describe(event)} was already recorded on ${earlier.on}; it can be recorded only once.`) : null;
}

export function checkStageEntry(state: LifecycleState, stage: Stage, event: CaseEvent): Rejection | null {
  const definition = stageDefinition(state.procedure, stage);
  if (!definition) return reject("no_such_stage", `The ${state.procedure.name} has no ${stageName(stage)}.`);
  const later = laterStage(state, stage);
  if (later) {
    return reject(
      "stage_finished",
      `The case is already at ${stageName(later.stage)} (since ${later.enteredOn}); ${stageName(stage)} cannot begin now.`,
    );
  }
  const current = stageState(state, stage);
  const previous = previousStage(state, stage);
  if (event.type === "stage_started") {
    if (current?.startedOn) return reject("stage_already_started", `${stageName(stage)} already started on ${current.startedOn}.`);
    if (current?.respondedOn) return reject("stage_finished", `${stageName(stage)} was answered on ${current.respondedOn}; it cannot start again.`);
    // A stage already requested (or begun by the procedure decision) may still record when the council started it.
    if (current || !previous) return null;
  } else {
    if (!previous) {
      return reject("no_such_stage", `${stageName(stage)} is not requested: it begins when the complaint is received and the procedure decided.`);
    }
    if (current) {
      const when = current.requestedOn ? `requested on ${current.requestedOn}` : `started on ${current.enteredOn}`;
      return reject("stage_already_started", `${stageName(stage)} was already ${when}.`);
    }
  }
  const before = stageState(state, previous.stage);
  if (before && !before.respondedOn) {
    // Straight to the stage by agreement with the complainant, recorded with who agreed (Getting the Best from Complaints).
    if (event.type === "stage_started" && event.agreedBy && definition.mayBeginWithoutPreviousStage) return null;
    // A request once the previous stage is overdue: ../lifecycle/early-requests.ts checks the date against its clock.
    if (event.type !== "stage_started") return null;
    return reject(
      "previous_stage_open",
      `${stageName(stage)} cannot begin while ${stageName(previous.stage)} is still open: record the ${stageName(previous.stage)} response first${definition.mayBeginWithoutPreviousStage ? `, or start ${stageName(stage)} by agreement with the complainant, saying who agreed` : ""}.`,
    );
  }
  if (!before && (event.type !== "stage_started" || !definition.mayBeginWithoutPreviousStage)) {
    return reject("previous_stage_open", `${stageName(stage)} can only follow a ${stageName(previous.stage)} response, and there has been none.`);
  }
  return null;
}

export function checkExtension(state: LifecycleState, event: Extract<CaseEvent, { type: "extension_agreed" }>): Rejection | null {
  const definition = stageDefinition(state.procedure, event.stage) as StageDefinition;
  // The procedure schema guarantees the timescale clock is one of the stage's clocks.
  const clock = definition.clocks.find((c) => c.id === definition.timescaleClock) as StageDefinition["clocks"][number];
  if (clock.maxWorkingDays === undefined && !clock.extendableByAgreement) {
    return reject("extension_not_allowed", `The ${stageName(event.stage)} timescale cannot be extended (${clock.label}; ${clock.source}).`);
  }
  if (clock.maxWorkingDays !== undefined && event.totalWorkingDays > clock.maxWorkingDays) {
    return reject(
      "extension_too_long",
      `${stageName(event.stage)} can be extended to at most ${clock.maxWorkingDays} working days in all (${clock.source}); ${event.totalWorkingDays} were agreed.`,
    );
  }
  const previous = stageState(state, event.stage)?.extensions.at(-1)?.totalWorkingDays;
  const current = previous ?? clock.workingDays;
  if (current !== undefined && event.totalWorkingDays <= current) {
    return reject(
      "extension_not_longer",
      `An extension must be longer than the current ${stageName(event.stage)} timescale of ${current} working days; ${event.totalWorkingDays} were agreed.`,
    );
  }
  return null;
}
