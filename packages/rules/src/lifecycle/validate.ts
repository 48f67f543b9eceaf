import { type IsoDate, compareDates } from "../dates/iso-date";
import { stageDefinition, stageName } from "../procedures/definition";
import { LGSCO_DECISIONS_ALLOWING_RETURN, type Stage } from "../vocabulary/canonical";
import { type Rejection, reject } from "./rejection";
import { checkClockStarted, checkDuplicate, checkExtension, checkStageEntry, checkStageWork } from "./stage-checks";
import type { CaseEvent, CaseEventType } from "./events";
import { EVENT_LABELS, describe, eventStage, firstStage, withArticle } from "./matching";
import { checkNotConsidered, checkOutcomesConsidered } from "./not-considered";
import { type LifecycleState, openPause, stageState } from "./state";

/**
 * Whether one more event fits the case so far, and if not, why, in words a complaints officer understands.
 * `checkEvent` only looks; `recordEvent` (./record.ts) then adds an accepted event to the state.
 */
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
