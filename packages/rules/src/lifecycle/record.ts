import type { IsoDate } from "../dates/iso-date";
import { type StageDefinition, stageDefinition } from "../procedures/definition";
import type { Stage } from "../vocabulary/canonical";
import type { CaseEvent } from "./events";
import { groundDecision } from "./not-considered";
import { STAGE_ENTRY_EVENTS, eventStage, firstStage } from "./matching";
import { type LifecycleState, type StageState, openPause, stageState } from "./state";

/** Adds an event the validator (./validate.ts) accepted to the case state. */
function enterStage(state: LifecycleState, stage: Stage, event: CaseEvent): StageState {
  let current = stageState(state, stage);
  if (!current) {
    current = {
      stage,
      enteredOn: event.on,
      enteredBy: event.type,
      startedOn: null,
      requestedOn: null,
      respondedOn: null,
      pointOutcomes: null,
      extensions: [],
      appointments: [],
    };
    state.stages.push(current);
  }
  return current;
}

/** Adds an accepted event to the state (call `checkEvent` first). */
export function recordEvent(state: LifecycleState, event: CaseEvent): void {
  state.history.push(event);
  const stage = eventStage(event, state.procedure);
  switch (event.type) {
    case "received":
      state.receivedOn = event.on;
      state.groundsAroseOn = event.groundsAroseOn ?? null;
      return;
    case "acknowledged":
      if (stage === firstStage(state.procedure)) state.acknowledgedOn = event.on;
      return;
    case "procedure_decided":
      state.procedureDecided = { on: event.on, procedure: event.procedure };
      enterStage(state, firstStage(state.procedure), event);
      return;
    case "not_considered": {
      const decision = groundDecision(event);
      state.groundDecisions.push(decision);
      // In part (reg 8) or considered anyway (reg 9 discretion): the case continues on its clocks.
      if (!decision.endsCase) return;
      state.notConsidered = { on: event.on, reason: event.reason, detail: event.detail ?? null };
      break;
    }
    case "suspended":
      state.pauses.push({ from: event.on, to: null, reason: event.reason });
      return;
    case "resumed":
      (openPause(state) as { to: IsoDate | null }).to = event.on;
      return;
    case "withdrawn":
      state.withdrawnOn = event.on;
      break;
    case "closed":
      state.closedOn = event.on;
      break;
    case "reopened":
      state.closedOn = null;
      return;
    case "letter_sent":
      return; // correspondence: no stage, no clock

    case "lgsco_referred":
      state.lgsco.push({ referredOn: event.on, decidedOn: null, decision: null, remedies: [] });
      return;
    case "lgsco_decided": {
      const pending = state.lgsco.find((r) => r.decidedOn === null) as (typeof state.lgsco)[number];
      Object.assign(pending, { decidedOn: event.on, decision: event.decision, remedies: event.remedies });
      return;
    }
    case "adjudication_sent":
    case "council_responded":
    case "escalation_requested":
    case "extension_agreed":
    case "investigator_appointed":
    case "panel_held":
    case "panel_reported":
    case "panel_requested":
    case "response_sent":
    case "stage_started":
    case "statement_agreed":
      recordStageEvent(state, stage as Stage, event);
      return;
  }
  // Withdrawal, closure and "not considered" end any suspension.
  const pause = openPause(state);
  if (pause) pause.to = event.on;
}

function recordStageEvent(state: LifecycleState, stage: Stage, event: CaseEvent): void {
  const current = enterStage(state, stage, event);
  if (event.type === "stage_started") current.startedOn = event.on;
  if (STAGE_ENTRY_EVENTS.has(event.type) && event.type !== "stage_started") current.requestedOn ??= event.on;
  if (event.type === "extension_agreed") {
    current.extensions.push({ on: event.on, totalWorkingDays: event.totalWorkingDays, reason: event.reason });
  }
  if (event.type === "investigator_appointed") current.appointments.push({ on: event.on, role: event.role });
  const definition = stageDefinition(state.procedure, stage) as StageDefinition;
  if (event.type === definition.responseEvent) {
    current.respondedOn = event.on;
    current.pointOutcomes = "outcomes" in event && event.outcomes ? event.outcomes.map((o) => ({ ...o })) : null;
  }
}
