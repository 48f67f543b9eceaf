import type { GroundDecision } from "./not-considered";
import { type Calendar, englandAndWales } from "../calendar/index";
import { type IsoDate, assertIsoDate, compareDates } from "../dates/iso-date";
import { type ProcedureDefinition, allClocks, stageDefinition } from "../procedures/definition";
import type { ProcedureSettingsInput } from "../procedures/settings";
import type { ProcedureHistory } from "../procedures/in-force";
import { procedureFor } from "./case-procedure";
import type { FeedbackKind, NotConsideredReason, Outcome, ProcedureId, Stage } from "../vocabulary/canonical";
import { checkKindEvents } from "./kinds";
import { type ClockContext, type DerivedClock, clockTiming, measureClock, stopsClocks } from "./clocks";
import { LifecycleError } from "./errors";
import { checkExtensionDates } from "./extension-dates";
import { checkEarlyRequests } from "./early-requests";
import { type CaseEvent, type CaseEventInput, type CaseEventType, caseEventSchema } from "./events";
import { caseFlags, type CaseFlag } from "./flags";
import { describe } from "./matching";
import { stageOutcome } from "./outcomes";
import { type DerivedLgscoReferral, type LifecycleState, type Pause, type PointOutcome, type StageState, emptyState, openPause } from "./state";
import { recordEvent } from "./record";
import { checkEvent } from "./validate";

/**
 * The case lifecycle: from a case's events, the current stage and status, every clock, the flags and the
 * outcome of each stage. `deriveCase` validates the whole sequence and throws a LifecycleError on the first
 * event that does not fit; `applyEvent` does the same for one new event (for the gateway). Pure: the date
 * "today" is `asOf`, passed in.
 */
export const CASE_STATUSES = [
  "received",
  "acknowledged",
  "in_stage",
  "suspended",
  "awaiting_escalation",
  "responded",
  "not_considered",
  "withdrawn",
  "closed",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses in which a case has ended: every clock has stopped (closed, withdrawn, or not considered). */
export const FINISHED_STATUSES = ["not_considered", "withdrawn", "closed"] as const satisfies readonly CaseStatus[];

/**
 * The statuses of an open case: every status that is not finished. Lists name them (`status IN …`) rather than
 * excluding the finished ones, so the database reads only the open cases' index entries, not every closed case.
 */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !(FINISHED_STATUSES as readonly CaseStatus[]).includes(s));

export interface LifecycleContext {
  /** The procedure as the council runs it, or the council's settings for it (resolved with `resolveProcedure`). */
  procedure?: ProcedureDefinition | ProcedureSettingsInput;
  /**
   * The council's procedures by id (definitions or settings), for a council that runs several: the one the
   * case's procedure decision names is used (children's statutory until decided). Takes precedence over `procedure`.
   */
  procedures?: Partial<Record<ProcedureId, ProcedureDefinition | ProcedureSettingsInput>>;
  calendar?: Calendar;
  /** The dated statutory definitions to choose from (../procedures/in-force.ts PROCEDURE_HISTORY by default). */
  history?: ProcedureHistory;
  /** The kind of feedback: its events must be in the kind's lifecycle (./kinds.ts); absent, a complaint's. */
  kind?: FeedbackKind;
  /** Today, for open clocks. */
  asOf: IsoDate;
}

export interface DerivedStage {
  stage: Stage;
  label: string;
  enteredOn: IsoDate;
  enteredBy: CaseEventType;
  startedOn: IsoDate | null;
  requestedOn: IsoDate | null;
  respondedOn: IsoDate | null;
  pointOutcomes: PointOutcome[];
  /** The stage outcome from the point outcomes (./outcomes.ts); "withdrawn" / "not_considered" when the case ended before the response. */
  outcome: Outcome | null;
  extensions: StageState["extensions"];
  appointments: StageState["appointments"];
  /** The request for this stage came after the complainant's statutory window (allowed, flagged). */
  lateRequest: boolean;
  /** The stage's reported timescale clock (provisional from the stage's start until its own start is recorded). */
  timescale: DerivedClock;
}

export interface DerivedCase {
  asOf: IsoDate;
  /** The kind of feedback, when the context named it (what it is offered follows its lifecycle: ./kinds.ts). */
  kind: FeedbackKind | null;
  procedure: ProcedureDefinition;
  calendarId: string;
  receivedOn: IsoDate;
  groundsAroseOn: IsoDate | null;
  status: CaseStatus;
  currentStage: Stage | null;
  acknowledgement: DerivedClock;
  acknowledgedOn: IsoDate | null;
  /** Every started clock other than the acknowledgement, in the procedure's order. */
  clocks: DerivedClock[];
  stages: DerivedStage[];
  pauses: Pause[];
  flags: CaseFlag[];
  procedureDecidedOn: IsoDate | null;
  notConsidered: { on: IsoDate; reason: NotConsideredReason; detail: string | null } | null;
  /** Every decision on a ground not to consider, whole or in part, with its legal source. */
  groundDecisions: GroundDecision[];
  withdrawnOn: IsoDate | null;
  closedOn: IsoDate | null;
  lgsco: DerivedLgscoReferral[];
  /** The events, validated, in date order. */
  events: CaseEvent[];
}

function parseEvents(events: readonly CaseEventInput[]): CaseEvent[] {
  return events.map((input, index) => {
    const parsed = caseEventSchema.safeParse(input);
    if (parsed.success) return parsed.data;
    const type = typeof input === "object" && input !== null && "type" in input ? String(input.type) : "unknown";
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "type"}: ${i.message}`).join("; ");
    throw new LifecycleError("invalid_event", index, `Event ${index + 1} (${type}) is not valid: ${problems}.`);
  });
}

/** Validates events (in date order, receipt first on its day) against the procedure, building the state. */
export function replay(procedure: ProcedureDefinition, events: readonly CaseEvent[], asOf: IsoDate): { state: LifecycleState; order: number[] } {
  const order = events
    .map((e, index) => ({ e, index }))
    .sort((a, b) => compareDates(a.e.on, b.e.on) || Number(b.e.type === "received") - Number(a.e.type === "received") || a.index - b.index)
    .map((x) => x.index);
  const received = events.find((e) => e.type === "received");
  if (!received) {
    throw new LifecycleError("missing_receipt", 0, "A case starts with the complaint's receipt: record when the complaint was received first.");
  }
  const state = emptyState(procedure);
  for (const index of order) {
    const event = events[index] as CaseEvent;
    if (state.receivedOn === null && event.type !== "received") {
      throw new LifecycleError(
        "before_receipt",
        index,
        `The ${describe(event)} is dated ${event.on}, before the complaint was received on ${received.on}.`,
      );
    }
    if (event.type === "received" && event.groundsAroseOn && compareDates(event.groundsAroseOn, event.on) > 0) {
      throw new LifecycleError(
        "grounds_after_receipt",
        index,
        `The grounds for the complaint (${event.groundsAroseOn}) cannot arise after the complaint was received (${event.on}).`,
      );
    }
    const rejection = checkEvent(state, event, asOf);
    if (rejection) throw new LifecycleError(rejection.code, index, rejection.message);
    recordEvent(state, event);
  }
  return { state, order };
}

function statusOf(state: LifecycleState): CaseStatus {
  if (state.closedOn) return "closed";
  if (state.withdrawnOn) return "withdrawn";
  if (state.notConsidered) return "not_considered";
  if (openPause(state)) return "suspended";
  const current = state.stages.at(-1);
  if (current) {
    if (!current.respondedOn) return "in_stage";
    const position = state.procedure.stages.findIndex((s) => s.stage === current.stage);
    return position < state.procedure.stages.length - 1 ? "awaiting_escalation" : "responded";
  }
  return state.acknowledgedOn ? "acknowledged" : "received";
}

function deriveStage(state: LifecycleState, stage: StageState, clocks: DerivedClock[], ctx: ClockContext): DerivedStage {
  const definition = stageDefinition(state.procedure, stage.stage) as NonNullable<ReturnType<typeof stageDefinition>>;
  const clockDefinition = definition.clocks.find((c) => c.id === definition.timescaleClock) as (typeof definition.clocks)[number];
  const started = clocks.find((c) => c.id === definition.timescaleClock);
  const stop = ctx.events.find((e) => stopsClocks(e, ctx.events) && compareDates(e.on, stage.enteredOn) >= 0);
  const timescale =
    started ??
    measureClock(
      clockDefinition,
      stage.stage,
      {
        startedOn: stage.enteredOn,
        stoppedOn: stop?.on ?? null,
        stoppedBy: stop?.type ?? null,
        extendedTo: stage.extensions.at(-1)?.totalWorkingDays ?? null,
        provisional: true,
      },
      ctx,
    );
  let outcome = stageOutcome(stage.pointOutcomes);
  if (!stage.respondedOn && state.withdrawnOn) outcome = "withdrawn";
  if (!stage.respondedOn && state.notConsidered) outcome = "not_considered";
  const window = definition.clocks.find((c) => c.kind === "request_window");
  const request = window ? clocks.find((c) => c.id === window.id) : undefined;
  return {
    stage: stage.stage,
    label: definition.label,
    enteredOn: stage.enteredOn,
    enteredBy: stage.enteredBy,
    startedOn: stage.startedOn,
    requestedOn: stage.requestedOn,
    respondedOn: stage.respondedOn,
    pointOutcomes: stage.pointOutcomes ?? [],
    outcome,
    extensions: stage.extensions,
    appointments: stage.appointments,
    lateRequest: request?.met === false,
    timescale,
  };
}

/** Validates a case's events and derives its stage, status, clocks, flags and outcomes. */
export function deriveCase(events: readonly CaseEventInput[], context: LifecycleContext): DerivedCase {
  return deriveParsedCase(parseEvents(events), context);
}

/**
 * deriveCase for events caseEventSchema has already parsed (an imported record's, parsed with the record): the same
 * checks of the events against the procedure and the same derivation, without parsing each event a second time.
 */
export function deriveParsedCase(parsed: readonly CaseEvent[], context: LifecycleContext): DerivedCase {
  assertIsoDate(context.asOf, "asOf");
  if (context.kind) checkKindEvents(context.kind, parsed);
  const procedure = procedureFor(parsed, context);
  const calendar = context.calendar ?? englandAndWales;
  const { state, order } = replay(procedure, parsed, context.asOf);
  const sorted = order.map((i) => parsed[i] as CaseEvent);
  const ctx: ClockContext = { procedure, calendar, asOf: context.asOf, events: sorted, pauses: state.pauses };
  checkExtensionDates(procedure, ctx, order);
  checkEarlyRequests(procedure, ctx, order);
  const measured = allClocks(procedure).flatMap(({ clock, stage }) => {
    const timing = clockTiming(clock, stage, ctx);
    return timing ? [measureClock(clock, stage, timing, ctx)] : [];
  });
  const [acknowledgement, ...clocks] = measured as [DerivedClock, ...DerivedClock[]];
  const stages = state.stages.map((s) => deriveStage(state, s, clocks, ctx));
  return {
    asOf: context.asOf,
    kind: context.kind ?? null,
    procedure,
    calendarId: calendar.id,
    receivedOn: state.receivedOn as IsoDate,
    groundsAroseOn: state.groundsAroseOn,
    status: statusOf(state),
    currentStage: state.stages.at(-1)?.stage ?? null,
    acknowledgement,
    acknowledgedOn: state.acknowledgedOn,
    clocks,
    stages,
    pauses: state.pauses,
    flags: caseFlags(state, clocks, stages),
    procedureDecidedOn: state.procedureDecided?.on ?? null,
    notConsidered: state.notConsidered,
    groundDecisions: state.groundDecisions,
    withdrawnOn: state.withdrawnOn,
    closedOn: state.closedOn,
    lgsco: state.lgsco,
    events: sorted,
  };
}

/**
 * Validates one new event against the case so far and returns the case with it. Throws a LifecycleError
 * (its eventIndex is the new event's position, `events.length`, when the new event is the one that does not fit).
 */
export function applyEvent(events: readonly CaseEventInput[], newEvent: CaseEventInput, context: LifecycleContext): DerivedCase {
  deriveCase(events, context);
  return deriveCase([...events, newEvent], context);
}
