import { type IsoDate, compareDates } from "../dates/iso-date";
import { type StageDefinition, stageDefinition, stageIndex, stageName } from "../procedures/definition";
import { LGSCO_DECISIONS_ALLOWING_RETURN, type Stage } from "../vocabulary/canonical";
import type { LifecycleErrorCode } from "./errors";
import type { CaseEvent, CaseEventType } from "./events";
import { EVENT_LABELS, describe, eventMatches, eventStage, firstStage, withArticle } from "./matching";
import { checkNotConsidered, checkOutcomesConsidered } from "./not-considered";
import { type LifecycleState, type StageState, openPause, stageState } from "./state";

/**
 * Whether one more event fits the case so far, and if not, why, in words a complaints officer understands.
 * `checkEvent` only looks; `recordEvent` (./record.ts) then adds an accepted event to the state.
 */
export interface Rejection {
  code: LifecycleErrorCode;
  message: string;
}

const reject = (code: LifecycleErrorCode, message: string): Rejection => ({ code, message });

const OMBUDSMAN_EVENTS: ReadonlySet<CaseEventType> = new Set(["lgsco_referred", "lgsco_decided"]);
const ALLOWED_AFTER_END: ReadonlySet<CaseEventType> = new Set(["closed", "reopened", "lgsco_referred", "lgsco_decided", "letter_sent"]);
const ALLOWED_WHILE_SUSPENDED: ReadonlySet<CaseEventType> = new Set([
  "resumed",
  "acknowledged",
  "not_considered",
  "withdrawn",
  "closed",
  "reopened",
  "lgsco_referred",
  "lgsco_decided",
  "letter_sent",
]);

function laterStage(state: LifecycleState, stage: Stage): StageState | undefined {
  return state.stages.find((s) => stageIndex(s.stage) > stageIndex(stage));
}

function previousStage(state: LifecycleState, stage: Stage): StageDefinition | undefined {
  const position = state.procedure.stages.findIndex((s) => s.stage === stage);
  return state.procedure.stages[position - 1];
}

/** Checks that work on `stage` (other than starting it) can be recorded now. */
function checkStageWork(state: LifecycleState, stage: Stage | null, event: CaseEvent): Rejection | null {
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
function checkClockStarted(state: LifecycleState, stage: Stage, event: CaseEvent): Rejection | null {
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

function checkDuplicate(state: LifecycleState, event: CaseEvent): Rejection | null {
  const stage = eventStage(event, state.procedure);
  const earlier = state.history.find((e) => e.type === event.type && eventStage(e, state.procedure) === stage);
  return earlier ? reject("duplicate_event", `The ${describe(event)} was already recorded on ${earlier.on}; it can be recorded only once.`) : null;
}

function checkStageEntry(state: LifecycleState, stage: Stage, event: CaseEvent): Rejection | null {
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

function checkExtension(state: LifecycleState, event: Extract<CaseEvent, { type: "extension_agreed" }>): Rejection | null {
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

function checkGeneral(state: LifecycleState, event: CaseEvent, asOf: IsoDate): Rejection | null {
  if (compareDates(event.on, asOf) > 0) {
    return reject("after_as_of", `The ${describe(event)} is dated ${event.on}, which is after today (${asOf}).`);
  }
  if (state.receivedOn === null) {
    return event.type === "received" ? null : reject("missing_receipt", `The complaint's receipt must be recorded before the ${describe(event)}.`);
  }
  if (event.type === "received") {
    return reject("duplicate_event", `The complaint's receipt is already recorded (${state.receivedOn}); a case has one receipt.`);
  }
  if (compareDates(event.on, state.receivedOn) < 0) {
    return reject("before_receipt", `The ${describe(event)} is dated ${event.on}, before the complaint was received on ${state.receivedOn}.`);
  }
  if (state.closedOn && !OMBUDSMAN_EVENTS.has(event.type) && event.type !== "reopened" && event.type !== "letter_sent") {
    return reject(
      "case_closed",
      `The case was closed on ${state.closedOn}; only reopening it, or the Ombudsman's referral and decision, can be recorded after closure, not ${withArticle(describe(event))}.`,
    );
  }
  if (event.type === "reopened" && !state.closedOn) {
    return reject("not_closed", "The case is not closed, so it cannot be reopened.");
  }
  const ended = state.withdrawnOn
    ? `The complaint was withdrawn on ${state.withdrawnOn}`
    : state.notConsidered
      ? `The council decided on ${state.notConsidered.on} not to consider the complaint`
      : null;
  if (ended && !ALLOWED_AFTER_END.has(event.type)) {
    return reject(
      "case_ended",
      `${ended}; ${withArticle(describe(event))} cannot follow (only closure or the Ombudsman's referral and decision can).`,
    );
  }
  const pause = openPause(state);
  if (pause && !ALLOWED_WHILE_SUSPENDED.has(event.type)) {
    return reject(
      "suspended",
      `The case has been suspended since ${pause.from} (${pause.reason}): record that it resumed before the ${describe(event)}.`,
    );
  }
  return null;
}

function checkSpecific(state: LifecycleState, event: CaseEvent): Rejection | null {
  switch (event.type) {
    case "received":
      return null;
    case "acknowledged": {
      if (event.stage && event.stage !== firstStage(state.procedure)) {
        // Not yet begun: checkStageWork says why (no such stage, not requested yet, or already over).
        const work = stageState(state, event.stage) ? null : checkStageWork(state, event.stage, event);
        if (work) return work;
      }
      return checkDuplicate(state, event);
    }
    case "procedure_decided": {
      if (state.procedureDecided) {
        return reject("procedure_already_decided", `The procedure was already decided on ${state.procedureDecided.on}; it cannot be decided twice.`);
      }
      const begun = state.stages[0];
      if (begun) {
        return reject(
          "procedure_after_stage",
          `The procedure must be decided before the complaint is considered; ${stageName(begun.stage)} began on ${begun.enteredOn}.`,
        );
      }
      return null;
    }
    case "not_considered":
      return checkNotConsidered(state, event);
    case "stage_started":
    case "escalation_requested":
    case "panel_requested": {
      const stage = eventStage(event, state.procedure) as Stage;
      return checkStageEntry(state, stage, event);
    }
    case "extension_agreed":
      return checkStageWork(state, event.stage, event) ?? checkExtension(state, event);
    case "suspended":
      return null;
    case "resumed":
      return openPause(state) ? null : reject("not_suspended", "The case is not suspended, so it cannot resume.");
    case "response_sent": {
      const definition = stageDefinition(state.procedure, event.stage);
      if (definition && definition.responseEvent !== "response_sent") {
        return reject(
          "wrong_response_event",
          `At ${stageName(event.stage)} the response is the ${EVENT_LABELS[definition.responseEvent]}: record that, with the outcome for each point of complaint.`,
        );
      }
      return stageResponseOrWork(state, event.stage, event);
    }
    case "withdrawn":
    case "closed":
    case "reopened":
    case "letter_sent":
      return null;
    case "lgsco_referred": {
      const pending = state.lgsco.find((r) => r.decidedOn === null);
      if (pending)
        return reject("duplicate_event", `The complaint is already with the Ombudsman (referred on ${pending.referredOn}) and awaits its decision.`);
      const decided = state.lgsco.find((r) => r.decision !== null && !LGSCO_DECISIONS_ALLOWING_RETURN.has(r.decision));
      return decided
        ? reject(
            "duplicate_event",
            `The Ombudsman decided this complaint on ${decided.decidedOn} (${decided.decision?.replace(/_/g, " ")}); a further referral is recorded only after a premature or incomplete one.`,
          )
        : null;
    }
    case "lgsco_decided":
      return state.lgsco.some((r) => r.decidedOn === null)
        ? null
        : reject("lgsco_not_referred", "Record the referral to the Ombudsman (LGSCO) before its decision.");
    case "adjudication_sent":
    case "council_responded":
    case "investigator_appointed":
    case "panel_held":
    case "panel_reported":
    case "statement_agreed":
      return stageResponseOrWork(state, eventStage(event, state.procedure), event);
  }
}

function stageResponseOrWork(state: LifecycleState, stage: Stage | null, event: CaseEvent): Rejection | null {
  const current = stage ? stageState(state, stage) : undefined;
  const definition = stage ? stageDefinition(state.procedure, stage) : undefined;
  if (current?.respondedOn && definition?.responseEvent === event.type) {
    return reject(
      "duplicate_event",
      `${stageName(current.stage)} already has its response (sent on ${current.respondedOn}); a stage has one response.`,
    );
  }
  const work = checkStageWork(state, stage, event);
  if (work) return work;
  const repeatable = event.type === "investigator_appointed";
  return (repeatable ? null : checkDuplicate(state, event)) ?? checkClockStarted(state, stage as Stage, event);
}

/** Why `event` cannot be added to the case now, or null when it fits. */
export function checkEvent(state: LifecycleState, event: CaseEvent, asOf: IsoDate): Rejection | null {
  return checkGeneral(state, event, asOf) ?? checkSpecific(state, event) ?? checkOutcomesConsidered(state, event);
}
