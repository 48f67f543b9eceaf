import { compareDates } from "../dates/iso-date";
import { type ProcedureDefinition, stageName } from "../procedures/definition";
import type { Stage } from "../vocabulary/canonical";
import { type ClockContext, clockTiming, measureClock } from "./clocks";
import { LifecycleError } from "./errors";
import type { CaseEvent } from "./events";
import { eventStage } from "./matching";

/**
 * The complainant may ask for the next stage before the council has answered the current one once the current
 * stage is overdue (its timescale, with any extension, has run out): the council cannot hold a complaint at a stage
 * by not answering. Before that, the request is refused. `order[i]` is the caller's position of the i-th event.
 */
export function checkEarlyRequests(procedure: ProcedureDefinition, ctx: ClockContext, order: readonly number[]): void {
  ctx.events.forEach((event, i) => {
    if (event.type !== "escalation_requested" && event.type !== "panel_requested") return;
    const stage = eventStage(event, procedure) as Stage;
    const position = procedure.stages.findIndex((s) => s.stage === stage);
    const previous = procedure.stages[position - 1];
    if (!previous) return;
    const before = ctx.events.slice(0, i);
    if (before.some((e) => e.type === previous.responseEvent && (e.type !== "response_sent" || e.stage === previous.stage))) return;
    const requested = (e: CaseEvent) => (e.type === "escalation_requested" || e.type === "panel_requested") && eventStage(e, procedure) === stage;
    if (before.some(requested)) return;
    const clock = previous.clocks.find((c) => c.id === previous.timescaleClock);
    const timing = clock ? clockTiming(clock, previous.stage, { ...ctx, events: before, asOf: event.on }) : null;
    // A previous stage whose clock has not started (Stage 2 before its statement of complaint) cannot be overdue.
    const due = clock && timing ? measureClock(clock, previous.stage, timing, { ...ctx, events: before, asOf: event.on }).dueOn : null;
    if (due === null || compareDates(event.on, due) <= 0) {
      throw new LifecycleError(
        "previous_stage_open",
        order[i] ?? i,
        due === null
          ? `${stageName(stage)} cannot be requested while ${stageName(previous.stage)} is open and its timescale has not started: record the ${stageName(previous.stage)} response first.`
          : `${stageName(stage)} cannot be requested while ${stageName(previous.stage)} is open and in time: its response is due on ${due} (${clock?.source ?? ""}). Record the ${stageName(previous.stage)} response, or the request once ${stageName(previous.stage)} is overdue.`,
      );
    }
  });
}

/** Whether `stage`'s previous stage is open and overdue today, so its request may come before the answer. */
export function previousStageOverdue(
  procedure: ProcedureDefinition,
  stage: Stage,
  clocks: readonly { id: string; stoppedOn: string | null; dueOn: string }[],
  asOf: string,
): boolean {
  const position = procedure.stages.findIndex((s) => s.stage === stage);
  const previous = procedure.stages[position - 1];
  const clock = clocks.find((c) => c.id === previous?.timescaleClock && c.stoppedOn === null);
  return clock !== undefined && compareDates(asOf, clock.dueOn) > 0;
}
