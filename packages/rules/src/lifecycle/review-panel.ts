import type { IsoDate } from "../dates/iso-date";
import { stageDefinition } from "../procedures/definition";
import type { CaseEventType } from "./events";
import type { DerivedCase } from "./derive";

/**
 * A review panel (Stage 3, SI 2006/1738 regs 19–20) as its events and clocks make it: requested, meeting due,
 * held, report due, reported, the council's response due and sent. Each due date is the one of the Stage 3
 * clock that ends at that step (the procedure's definition), so live cases and imported histories get the same
 * row from the same derivation.
 */
export interface DerivedReviewPanel {
  requestedOn: IsoDate;
  meetingDueOn: IsoDate | null;
  heldOn: IsoDate | null;
  reportDueOn: IsoDate | null;
  reportedOn: IsoDate | null;
  responseDueOn: IsoDate | null;
  councilRespondedOn: IsoDate | null;
}

export function reviewPanelOf(derived: DerivedCase): DerivedReviewPanel | null {
  const definition = stageDefinition(derived.procedure, "stage3");
  const stage3 = derived.stages.find((s) => s.stage === "stage3");
  if (!definition || !stage3) return null;
  const requestedOn = derived.events.find((e) => e.type === "panel_requested")?.on ?? stage3.requestedOn ?? stage3.enteredOn;
  const on = (type: CaseEventType) => derived.events.find((e) => e.type === type)?.on ?? null;
  const dueAt = (type: CaseEventType) => {
    const clock = definition.clocks.find((c) => c.endsAt === type);
    return clock ? (derived.clocks.find((c) => c.id === clock.id)?.dueOn ?? null) : null;
  };
  return {
    requestedOn,
    meetingDueOn: dueAt("panel_held"),
    heldOn: on("panel_held"),
    reportDueOn: dueAt("panel_reported"),
    reportedOn: on("panel_reported"),
    responseDueOn: dueAt("council_responded"),
    councilRespondedOn: on("council_responded"),
  };
}
