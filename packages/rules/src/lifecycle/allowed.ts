import { STAGES, type Stage } from "../vocabulary/canonical";
import type { DerivedCase } from "./derive";
import { replay } from "./derive";
import { CASE_EVENT_TYPES, type CaseEvent, type CaseEventType } from "./events";
import { checkEvent } from "./validate";
import { kindAllows } from "./kinds";
import { previousStageOverdue } from "./early-requests";
import { eventStage } from "./matching";

/** A request for a stage whose previous stage has no answer yet (allowed only once that stage is overdue). */
function isEarlyRequest(derived: DerivedCase, event: CaseEvent): boolean {
  if (event.type !== "escalation_requested" && event.type !== "panel_requested") return false;
  const stage = eventStage(event, derived.procedure);
  const position = derived.procedure.stages.findIndex((s) => s.stage === stage);
  const previous = derived.stages.find((s) => s.stage === derived.procedure.stages[position - 1]?.stage);
  return previous !== undefined && previous.respondedOn === null;
}
import { compareDates } from "../dates/iso-date";

/** The stage's running timescale ran out before today: no extension can be agreed any more (SI 2006/1738 regs 14, 17). */
function deadlinePassed(derived: DerivedCase, stage: Stage): boolean {
  const definition = derived.procedure.stages.find((s) => s.stage === stage);
  const clock = derived.clocks.find((c) => c.id === definition?.timescaleClock && c.stoppedOn === null);
  return clock !== undefined && compareDates(derived.asOf, clock.dueOn) > 0;
}

/**
 * What the rules allow next: every event that `applyEvent` would accept if recorded today (`derived.asOf`).
 * Each candidate is checked by the same validator as the events themselves, so the admin app can show exactly
 * the actions that will succeed.
 */
export interface AllowedEvent {
  type: CaseEventType;
  /** The stage the event is for (stage events, requests and stage acknowledgements), if any. */
  stage?: Stage;
}

function candidates(derived: DerivedCase): { option: AllowedEvent; event: CaseEvent }[] {
  const on = derived.asOf;
  const outcomes = [{ pointId: "1", outcome: "upheld" as const }];
  const list: { option: AllowedEvent; event: CaseEvent }[] = [];
  const add = (option: AllowedEvent, event: CaseEvent): void => {
    list.push({ option, event });
  };
  for (const type of CASE_EVENT_TYPES) {
    switch (type) {
      case "acknowledged":
        add({ type }, { type, on });
        for (const stage of STAGES.slice(1)) add({ type, stage }, { type, on, stage });
        break;
      case "procedure_decided":
        add({ type }, { type, on, procedure: derived.procedure.procedure });
        break;
      case "not_considered":
        add({ type }, { type, on, reason: "other" });
        break;
      case "suspended":
        add({ type }, { type, on, reason: "reason" });
        break;
      case "stage_started":
        // With who agreed: straight to a stage by agreement is offered too (the rules accept it only where allowed).
        for (const stage of STAGES) add({ type, stage }, { type, on, stage, agreedBy: "agreed" });
        break;
      case "extension_agreed":
        for (const stage of STAGES) {
          const definition = derived.procedure.stages.find((s) => s.stage === stage);
          const clock = definition?.clocks.find((c) => c.id === definition.timescaleClock);
          const totalWorkingDays = clock?.maxWorkingDays ?? 10_000;
          add({ type, stage }, { type, on, stage, totalWorkingDays, reason: "reason" });
        }
        break;
      case "response_sent":
        for (const stage of STAGES) add({ type, stage }, { type, on, stage, outcomes });
        break;
      case "escalation_requested":
        add({ type, stage: "stage2" }, { type, on, to: "stage2" });
        add({ type, stage: "stage3" }, { type, on, to: "stage3" });
        break;
      case "investigator_appointed":
        add({ type }, { type, on, role: "investigating_officer" });
        break;
      case "reopened":
        add({ type }, { type, on, reason: "reason" });
        break;
      case "lgsco_decided":
        add({ type }, { type, on, decision: "upheld", remedies: [] });
        break;
      case "letter_sent":
        break; // recorded when a letter is written (the letters), never offered as a step of the procedure
      case "adjudication_sent":
      case "closed":
      case "council_responded":
      case "lgsco_referred":
      case "panel_held":
      case "panel_reported":
      case "panel_requested":
      case "received":
      case "resumed":
      case "statement_agreed":
      case "withdrawn":
        add({ type }, { type, on } as CaseEvent);
    }
  }
  return list;
}

/** Every event (with its stage, where it has one) the rules allow now. */
export function allowedEventOptions(derived: DerivedCase): AllowedEvent[] {
  const { state } = replay(derived.procedure, derived.events, derived.asOf);
  return candidates(derived)
    .filter(({ event }) => derived.kind === null || kindAllows(derived.kind, event as CaseEvent & { stage?: Stage; to?: Stage }))
    .filter(({ event }) => checkEvent(state, event, derived.asOf) === null)
    .filter(({ event }) => event.type !== "extension_agreed" || !deadlinePassed(derived, event.stage))
    .filter(
      ({ event }) =>
        !isEarlyRequest(derived, event) ||
        previousStageOverdue(derived.procedure, eventStage(event, derived.procedure) as Stage, derived.clocks, derived.asOf),
    )
    .map(({ option }) => option);
}

/** The event types the rules allow now (the admin app shows only these). */
export function allowedEvents(derived: DerivedCase): CaseEventType[] {
  return [...new Set(allowedEventOptions(derived).map((o) => o.type))];
}
