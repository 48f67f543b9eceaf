import type { ProcedureDefinition } from "../procedures/definition";
import type { Stage } from "../vocabulary/canonical";
import type { CaseEvent, CaseEventType } from "./events";

/**
 * How events relate to stages and clocks. A stage begins with any of its "entry" events (the council starts
 * it, the complainant asks for it, or for Stage 3 asks for a review panel); a clock whose start or end is one
 * of them is matched by any of them. Events without a stage field belong to the stage whose definition uses
 * them (the agreed statement of complaint belongs to Stage 2); case-level events belong to no stage.
 */
export const STAGE_ENTRY_EVENTS: ReadonlySet<CaseEventType> = new Set(["stage_started", "escalation_requested", "panel_requested"]);

const CASE_LEVEL_EVENTS: ReadonlySet<CaseEventType> = new Set([
  "received",
  "procedure_decided",
  "not_considered",
  "suspended",
  "resumed",
  "withdrawn",
  "lgsco_referred",
  "lgsco_decided",
  "closed",
  "letter_sent",
]);

export function firstStage(procedure: ProcedureDefinition): Stage {
  // The schema requires at least one stage.
  return (procedure.stages[0] as { stage: Stage }).stage;
}

/** The stage whose definition uses an event type that carries no stage of its own, or null. */
function ownerStage(type: CaseEventType, procedure: ProcedureDefinition): Stage | null {
  if (CASE_LEVEL_EVENTS.has(type)) return null;
  const owner = procedure.stages.find(
    (s) =>
      s.responseEvent === type ||
      s.events.includes(type) ||
      s.clocks.some((c) => (c.startsAt === type && !c.startsAtStage) || (c.endsAt === type && !c.endsAtStage)),
  );
  return owner ? owner.stage : null;
}

/** The stage an event is about, or null for case-level events (and events the procedure has no stage for). */
export function eventStage(event: CaseEvent, procedure: ProcedureDefinition): Stage | null {
  switch (event.type) {
    case "stage_started":
    case "extension_agreed":
    case "response_sent":
      return event.stage;
    case "escalation_requested":
      return event.to;
    case "panel_requested":
      return "stage3";
    case "acknowledged":
      return event.stage ?? firstStage(procedure);
    case "adjudication_sent":
    case "closed":
    case "council_responded":
    case "investigator_appointed":
    case "letter_sent":
    case "lgsco_decided":
    case "lgsco_referred":
    case "not_considered":
    case "panel_held":
    case "panel_reported":
    case "procedure_decided":
    case "received":
    case "reopened":
    case "resumed":
    case "statement_agreed":
    case "suspended":
    case "withdrawn":
      return ownerStage(event.type, procedure);
  }
}

/** True when `event` is an event of `type` for `stage` (entry events match each other). */
export function eventMatches(event: CaseEvent, type: CaseEventType, stage: Stage, procedure: ProcedureDefinition): boolean {
  const sameType = event.type === type || (STAGE_ENTRY_EVENTS.has(event.type) && STAGE_ENTRY_EVENTS.has(type));
  if (!sameType) return false;
  const about = eventStage(event, procedure);
  return about === null || about === stage;
}

/** Words a complaints officer uses for each event. */
export const EVENT_LABELS: Readonly<Record<CaseEventType, string>> = {
  received: "receipt of the complaint",
  acknowledged: "acknowledgement",
  procedure_decided: "decision on the procedure",
  not_considered: "decision not to consider the complaint",
  stage_started: "start of the stage",
  extension_agreed: "extension",
  suspended: "suspension",
  resumed: "resumption",
  response_sent: "response",
  escalation_requested: "request for the next stage",
  statement_agreed: "agreed statement of complaint",
  investigator_appointed: "appointment of the Investigating Officer or Independent Person",
  adjudication_sent: "Stage 2 adjudication",
  panel_requested: "request for a review panel",
  panel_held: "review panel meeting",
  panel_reported: "review panel's report",
  council_responded: "council's response to the review panel",
  withdrawn: "withdrawal",
  lgsco_referred: "referral to the Ombudsman (LGSCO)",
  lgsco_decided: "Ombudsman's (LGSCO) decision",
  closed: "closure",
  reopened: "reopening of the case",
  letter_sent: "letter sent",
};

export function describe(event: CaseEvent): string {
  switch (event.type) {
    case "response_sent":
      return `Stage ${event.stage.slice(-1)} response`;
    case "stage_started":
      return `start of Stage ${event.stage.slice(-1)}`;
    case "extension_agreed":
      return `extension of Stage ${event.stage.slice(-1)}`;
    case "escalation_requested":
      return `request for Stage ${event.to.slice(-1)}`;
    case "acknowledged":
    case "adjudication_sent":
    case "closed":
    case "council_responded":
    case "investigator_appointed":
    case "letter_sent":
    case "lgsco_decided":
    case "lgsco_referred":
    case "not_considered":
    case "panel_held":
    case "panel_reported":
    case "panel_requested":
    case "procedure_decided":
    case "received":
    case "reopened":
    case "resumed":
    case "statement_agreed":
    case "suspended":
    case "withdrawn":
      return EVENT_LABELS[event.type];
  }
}

/** "an acknowledgement", "a review panel meeting". */
export function withArticle(text: string): string {
  return `${/^[aeiou]/i.test(text) ? "an" : "a"} ${text}`;
}
