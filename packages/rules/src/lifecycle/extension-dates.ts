import { compareDates } from "../dates/iso-date";
import { type ProcedureDefinition, stageDefinition, stageName } from "../procedures/definition";
import { type ClockContext, clockTiming, measureClock } from "./clocks";
import { LifecycleError } from "./errors";

/**
 * An extension is agreed on or before the deadline it extends (SI 2006/1738 reg 14 at Stage 1, reg 17 at Stage 2;
 * the clock's own source in other procedures): once the timescale has run out the response is late, and agreeing
 * more time afterwards would report a late response as met. The deadline is the stage's timescale as it stood the
 * day before the extension (any earlier extension and paused days counted). An extension agreed before its clock
 * started (Stage 2 before the statement of complaint is agreed) extends no running deadline and is not checked.
 * `order[i]` is the position in the caller's list of the i-th event in date order.
 */
export function checkExtensionDates(procedure: ProcedureDefinition, ctx: ClockContext, order: readonly number[]): void {
  ctx.events.forEach((event, i) => {
    if (event.type !== "extension_agreed") return;
    const definition = stageDefinition(procedure, event.stage);
    const clock = definition?.clocks.find((c) => c.id === definition.timescaleClock);
    if (!clock) return;
    const before = { ...ctx, events: ctx.events.slice(0, i), asOf: event.on };
    const timing = clockTiming(clock, event.stage, before);
    if (!timing || timing.stoppedOn !== null) return;
    const deadline = measureClock(clock, event.stage, timing, before).dueOn;
    if (compareDates(event.on, deadline) > 0) {
      throw new LifecycleError(
        "extension_too_late",
        order[i] ?? i,
        `An extension must be agreed on or before the deadline it extends (${clock.source}): the ${stageName(event.stage)} response was due on ${deadline}, and this extension is dated ${event.on}. The response is late; record it when it is sent.`,
      );
    }
  });
}
