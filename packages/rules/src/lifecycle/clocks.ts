import { type Calendar, addWorkingDays, workingDaysBetween } from "../calendar/index";
import { type IsoDate, compareDates } from "../dates/iso-date";
import { addCalendarMonths, countingStart } from "../procedures/counting";
import type { ClockDefinition, ClockKind, ProcedureDefinition } from "../procedures/definition";
import type { Stage } from "../vocabulary/canonical";
import type { CaseEvent, CaseEventType } from "./events";
import { eventMatches, eventStage, firstStage } from "./matching";
import { endsCase } from "./not-considered";
import type { Pause } from "./state";

/**
 * One clock as the events make it: when it started, when it is due, how many working days have passed (less
 * paused days), whether it was met and by how much it was missed, and the timeliness band.
 *
 * Counting (../shared/docs/domain.md): the start is day 0 (moved to the next working day when it falls on a
 * non-working day, unless the procedure's counting convention says otherwise); a suspension from day S to day R
 * pauses the working days S < d ≤ R, and the due date moves on by the paused working days.
 */
export type TimelinessBand = `within_${number}` | `over_${number}`;

export interface DerivedClock {
  id: string;
  stage: Stage | null;
  label: string;
  kind: ClockKind;
  source: string;
  statutory: boolean;
  /** The date of the event that started the clock. */
  startedOn: IsoDate;
  /** Day 0 of the count (the next working day when the clock started on a non-working day). */
  countedFrom: IsoDate;
  /** Working days allowed, after any agreed extension. */
  workingDays: number;
  extended: boolean;
  /** Due date, moved on by paused working days. */
  dueOn: IsoDate;
  stoppedOn: IsoDate | null;
  /** The event that stopped the clock: its end event, or withdrawal / "not considered" / closure. */
  stoppedBy: CaseEventType | null;
  workingDaysElapsed: number;
  daysPaused: number;
  /** Met the timescale; false once overdue (or late); null while open and in time, or stopped without an answer. */
  met: boolean | null;
  /** Working days beyond the timescale (null when not overdue). */
  overdueBy: number | null;
  /** Working days left while open and not overdue (null otherwise). */
  workingDaysLeft: number | null;
  /** Timeliness band of the answer; null until the clock's end event. */
  band: TimelinessBand | null;
  /** Computed from the stage's start because the clock's own start has not been recorded yet. */
  provisional: boolean;
}

const STOPPING_EVENTS: ReadonlySet<CaseEventType> = new Set(["withdrawn", "not_considered", "closed"]);

/**
 * Whether `event` stops the running clocks: withdrawal, "not considered", or a closure the case was not reopened
 * after (a reopened case's clocks run on; the days it was closed count).
 */
export function stopsClocks(event: CaseEvent, events: readonly CaseEvent[]): boolean {
  if (!STOPPING_EVENTS.has(event.type)) return false;
  if (event.type === "not_considered") return endsCase(event);
  if (event.type !== "closed") return true;
  const at = events.indexOf(event);
  return !events.slice(at + 1).some((e) => e.type === "reopened");
}

export interface ClockContext {
  procedure: ProcedureDefinition;
  calendar: Calendar;
  asOf: IsoDate;
  events: readonly CaseEvent[];
  pauses: readonly Pause[];
}

function later(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}
function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** Working days paused between `from` (day 0) and `until`. */
function pausedWorkingDays(pauses: readonly Pause[], from: IsoDate, until: IsoDate, asOf: IsoDate, calendar: Calendar): number {
  let total = 0;
  for (const pause of pauses) {
    const start = later(pause.from, from);
    const end = earlier(pause.to ?? asOf, until);
    if (compareDates(end, start) > 0) total += workingDaysBetween(start, end, calendar);
  }
  return total;
}

/** The band of an answer taking `taken` working days: within the first threshold reached, or over the last. */
/** Whether `taken` working days are within a limit of `limit` working days: at most it (bands, timeliness thresholds). */
export function isWithin(taken: number, limit: number): boolean {
  return taken <= limit;
}

export function timelinessBandOf(taken: number, thresholds: readonly number[]): TimelinessBand {
  const within = thresholds.find((t) => isWithin(taken, t));
  // Thresholds are never empty (the procedure schema requires at least one band).
  return within === undefined ? `over_${thresholds[thresholds.length - 1] as number}` : `within_${within}`;
}

interface ClockTiming {
  startedOn: IsoDate;
  stoppedOn: IsoDate | null;
  stoppedBy: CaseEventType | null;
  /** Total from an agreed extension, if any. */
  extendedTo: number | null;
  provisional: boolean;
  /** Stopped because a later stage began before this stage's answer (by agreement, or requested once overdue). */
  superseded?: boolean;
}

/** Whether `event` begins a stage after `stage` (a request for it, or its start). */
function beginsLaterStage(event: CaseEvent, stage: Stage, procedure: ProcedureDefinition): boolean {
  if (event.type !== "escalation_requested" && event.type !== "panel_requested" && event.type !== "stage_started") return false;
  const entered = eventStage(event, procedure);
  const order = procedure.stages.map((s) => s.stage);
  return entered !== null && order.indexOf(entered) > order.indexOf(stage);
}

/** The part of a clock's figures that the days used decide: what the case page and worklists say of it. */
export interface ClockStanding {
  /** Working days beyond the timescale once the clock is missed (null when not). */
  overdueBy: number | null;
  /** Working days left while it runs and is not overdue (null otherwise). */
  workingDaysLeft: number | null;
}

/**
 * How far a clock is from its due date, from its stored figures: overdue by the days beyond the timescale once
 * missed (`met` false), days left while it runs in time. One rule for the derivation and for every reader of a
 * stored clock.
 */
export function clockStanding(clock: { workingDays: number; workingDaysElapsed: number; running: boolean; met: boolean | null }): ClockStanding {
  const late = clock.workingDaysElapsed > clock.workingDays;
  return {
    overdueBy: clock.met === false ? clock.workingDaysElapsed - clock.workingDays : null,
    workingDaysLeft: clock.running && !late ? clock.workingDays - clock.workingDaysElapsed : null,
  };
}

/** Works out a clock's figures from when it started and stopped. */
export function measureClock(clock: ClockDefinition, stage: Stage | null, timing: ClockTiming, ctx: ClockContext): DerivedClock {
  const { calendar, asOf } = ctx;
  const countedFrom = countingStart(timing.startedOn, calendar, ctx.procedure.counting);
  const baseDays =
    // A clock has either working days or months (the schema checks it).
    clock.workingDays ?? workingDaysBetween(countedFrom, addCalendarMonths(countedFrom, clock.months as number), calendar);
  const workingDays = timing.extendedTo ?? baseDays;
  const until = timing.stoppedOn ?? asOf;
  const daysPaused = pausedWorkingDays(ctx.pauses, countedFrom, until, asOf, calendar);
  const workingDaysElapsed = Math.max(0, workingDaysBetween(countedFrom, until, calendar) - daysPaused);
  const answered = timing.stoppedBy !== null && !STOPPING_EVENTS.has(timing.stoppedBy) && !timing.superseded;
  const open = timing.stoppedOn === null;
  const late = workingDaysElapsed > workingDays;
  let met: boolean | null = null;
  if (answered) met = !late;
  else if ((open || timing.superseded) && late && clock.kind === "response") met = false;
  const thresholds = clock.bands ?? [...new Set([baseDays, clock.maxWorkingDays ?? baseDays])];
  return {
    id: clock.id,
    stage,
    label: clock.label,
    kind: clock.kind,
    source: clock.source,
    statutory: clock.statutory,
    startedOn: timing.startedOn,
    countedFrom,
    workingDays,
    extended: timing.extendedTo !== null,
    dueOn: addWorkingDays(countedFrom, workingDays + daysPaused, calendar),
    stoppedOn: timing.stoppedOn,
    stoppedBy: timing.stoppedBy,
    workingDaysElapsed,
    daysPaused,
    met,
    ...clockStanding({ workingDays, workingDaysElapsed, running: open, met }),
    band: answered ? timelinessBandOf(workingDaysElapsed, thresholds) : null,
    provisional: timing.provisional,
  };
}

/** When a clock started and stopped, from the events; null when it has not started. */
export function clockTiming(clock: ClockDefinition, stage: Stage | null, ctx: ClockContext): ClockTiming | null {
  const { events, procedure } = ctx;
  const own = stage ?? firstStage(procedure);
  const startIndex = events.findIndex((e) => eventMatches(e, clock.startsAt, clock.startsAtStage ?? own, procedure));
  const start = events[startIndex];
  if (!start) return null;
  const after = events.slice(startIndex + 1);
  // A stage's own response clocks also stop when a later stage begins before its answer.
  const superseding = (e: CaseEvent) =>
    stage !== null && clock.kind === "response" && clock.startsAtStage === undefined && beginsLaterStage(e, stage, procedure);
  const end = after.find((e) => eventMatches(e, clock.endsAt, clock.endsAtStage ?? own, procedure) || stopsClocks(e, events) || superseding(e));
  // An extension may be agreed before the clock itself starts (Stage 2 before the statement is agreed).
  const extension = events.filter((e) => e.type === "extension_agreed" && e.stage === stage && (!end || compareDates(e.on, end.on) <= 0)).at(-1);
  const isTimescale = procedure.stages.some((s) => s.stage === stage && s.timescaleClock === clock.id);
  return {
    startedOn: start.on,
    stoppedOn: end?.on ?? null,
    stoppedBy: end?.type ?? null,
    extendedTo: isTimescale && extension?.type === "extension_agreed" ? extension.totalWorkingDays : null,
    provisional: false,
    superseded: end !== undefined && superseding(end) && !eventMatches(end, clock.endsAt, clock.endsAtStage ?? own, procedure),
  };
}
