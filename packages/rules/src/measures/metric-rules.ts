import { workingDaysBetween } from "../calendar/calendar";
import { isWithin } from "../lifecycle/clocks";
import { type IsoDate, addCalendarDays } from "../dates/iso-date";
import type { Period } from "../periods/period";
import type { Stage } from "../vocabulary/canonical";
import type { CaseFacts, StageFacts } from "./case-facts";
import { caseFinishedOn, isCaseOpenOn, isStageOpenOn } from "./case-status";
import type { Basis, Metric } from "./metrics";

/**
 * How each metric in METRICS is counted. An item is one unit of the metric (a case, a stage of a case, a reason
 * of a case or an LGSCO referral). `date` gives the item's basis date (null: not counted on this basis);
 * `include` says whether it is in the metric's base; percent metrics count `hit` items over the base, average
 * metrics average `value` over it.
 */
export type FactsReason = CaseFacts["reasons"][number];
export type FactsLgscoReferral = CaseFacts["lgsco"][number];

export interface CountedItem {
  readonly facts: CaseFacts;
  readonly stage: StageFacts | null;
  readonly reason: FactsReason | null;
  readonly lgsco: FactsLgscoReferral | null;
}

/** What Stage 2 is counted from: the agreed statement of complaint (SI 2006/1738 reg 17(2), default) or the request. */
export type Stage2From = "agreed_statement" | "request";

export interface RuleOptions {
  readonly stage?: Stage;
  readonly withinWorkingDays?: number;
  readonly stage2From?: Stage2From;
}

/**
 * How a timeliness metric counts with a spec's `withinWorkingDays` limit: the number it compares (null: the unit is
 * not counted with a limit) and which units it counts (within the limit, over it, or all, hits being those within).
 */
export interface ThresholdRule {
  compared(item: CountedItem): number | null;
  counts: "within" | "over" | "all";
}

/** A snapshot metric's day: the case is counted when open at the end of `on(period)`, dated `countedOn(period)`. */
export interface SnapshotRule {
  on(period: Period): IsoDate;
  countedOn(period: Period): IsoDate;
}

export interface MetricRule {
  threshold?: ThresholdRule;
  snapshot?: SnapshotRule;
  date(item: CountedItem, basis: Basis | null, period: Period, options: RuleOptions): IsoDate | null;
  include(item: CountedItem, options: RuleOptions): boolean;
  hit?(item: CountedItem, options: RuleOptions): boolean;
  value?(item: CountedItem): number;
  /** Which of a case's stages its stage-level dimensions describe (open metrics: those open on the day). */
  relevantStage?(stage: StageFacts, period: Period): boolean;
}

const always = (): boolean => true;

/** The day before a period's start, computed once per period rather than once per counted unit. */
let lastStart: IsoDate | null = null;
let lastDayBefore: IsoDate = "";
function dayBefore(start: IsoDate): IsoDate {
  if (start !== lastStart) {
    lastDayBefore = addCalendarDays(start, -1);
    lastStart = start;
  }
  return lastDayBefore;
}

type ItemDate = MetricRule["date"];

/** Case-unit dates: received, or the metric's own completion date. */
function caseDate(completed: (facts: CaseFacts) => IsoDate | null): ItemDate {
  return (item, basis) => (basis === "completed" ? completed(item.facts) : item.facts.receivedOn);
}

/** For metrics counted on receipt only. */
const receivedDate: ItemDate = (item) => item.facts.receivedOn;

/**
 * Whether a case's Stage 2 counts, and from when: from the agreed statement (default; a Stage 2 still waiting for its
 * statement is not counted yet) or, when the council counts it so, from the request.
 */
function stage2CountedOn(stage: StageFacts, from: Stage2From = "agreed_statement"): IsoDate | null {
  if (from === "request") return stage.requestedOn ?? stage.startedOn;
  return stage.awaitingStatement ? null : stage.startedOn;
}

/** Stage-unit dates: the stage's start (received) or its response (completed). */
function stageDate(item: CountedItem, basis: Basis | null, _period?: Period, options: RuleOptions = {}): IsoDate | null {
  const stage = item.stage as StageFacts;
  if (basis === "completed") return stage.respondedOn;
  return stage.stage === "stage2" && options.stage2From !== undefined ? stage2CountedOn(stage, options.stage2From) : stage.startedOn;
}

const isStage1 = (item: CountedItem): boolean => (item.stage as StageFacts).stage === "stage1";
const stage1Date: ItemDate = (item, basis) => {
  const stage = item.stage as StageFacts;
  if (stage.stage !== "stage1") return null;
  return basis === "completed" ? stage.respondedOn : stage.startedOn;
};
/** The case went on to Stage 2 (counted as the council counts Stage 2). */
const proceeded = (item: CountedItem, options: RuleOptions): boolean =>
  item.facts.stages.some((s) => s.stage === "stage2" && stage2CountedOn(s, options.stage2From) !== null);

function lgscoDate(item: CountedItem, basis: Basis | null): IsoDate | null {
  const referral = item.lgsco as FactsLgscoReferral;
  return basis === "completed" ? referral.decidedOn : referral.referredOn;
}

/** The LGSCO's time to decision: working days (England and Wales, reg 2) from the referral to the decision. */
function lgscoWorkingDays(item: CountedItem): number | null {
  const { referredOn, decidedOn } = item.lgsco as FactsLgscoReferral;
  return referredOn === null || decidedOn === null ? null : workingDaysBetween(referredOn, decidedOn);
}

const responded = (item: CountedItem): boolean => (item.stage as StageFacts).respondedOn !== null;

/** The working days a responded stage took (the number a `withinWorkingDays` limit is compared with). */
function takenIfResponded(item: CountedItem): number | null {
  const stage = item.stage as StageFacts;
  return stage.respondedOn === null ? null : stage.workingDaysTaken;
}

/** Whether a responded stage's timeliness is known, and whether it was within time (the stage's own, or a limit). */
function timeliness(item: CountedItem, options: RuleOptions): boolean | null {
  const stage = item.stage as StageFacts;
  if (stage.respondedOn === null) return null;
  if (options.withinWorkingDays === undefined) return stage.met;
  const taken = takenIfResponded(item);
  return taken === null ? null : isWithin(taken, options.withinWorkingDays);
}

/** Whether an item is in a threshold metric's base under a limit (decided by its ThresholdRule alone). */
function withinThreshold(threshold: ThresholdRule, item: CountedItem, limit: number): boolean {
  const compared = threshold.compared(item);
  if (compared === null) return false;
  return threshold.counts === "all" || isWithin(compared, limit) === (threshold.counts === "within");
}

/** A timeliness metric: its stage's own timescale, or a spec's `withinWorkingDays` limit through its ThresholdRule. */
function timelinessCount(counts: ThresholdRule["counts"], include: MetricRule["include"]): MetricRule {
  const threshold: ThresholdRule = { compared: takenIfResponded, counts };
  return {
    date: stageDate,
    threshold,
    include: (item, options) =>
      options.withinWorkingDays === undefined ? include(item, options) : withinThreshold(threshold, item, options.withinWorkingDays),
    hit: (item, options) => timeliness(item, options) === true,
  };
}

/** Open on `day`; with a stage, that stage (of the case) was open on `day`. */
function openOn(item: CountedItem, day: IsoDate, stage: Stage | undefined): boolean {
  if (!isCaseOpenOn(item.facts, day)) return false;
  return stage === undefined || item.facts.stages.some((s) => s.stage === stage && isStageOpenOn(s, day));
}

const stageCount = (include: MetricRule["include"]): MetricRule => ({ date: stageDate, include });
const caseCount = (date: ItemDate, include: MetricRule["include"]): MetricRule => ({ date, include });

/** A snapshot metric: the case (or, with a stage, that stage of it) open at the end of the snapshot's day. */
function snapshotCount(snapshot: SnapshotRule): MetricRule {
  return {
    snapshot,
    date: (item, _basis, period, options) => (openOn(item, snapshot.on(period), options.stage) ? snapshot.countedOn(period) : null),
    include: always,
    relevantStage: (stage, period) => isStageOpenOn(stage, snapshot.on(period)),
  };
}

export const METRIC_RULES: Readonly<Record<Metric, MetricRule>> = {
  cases_received: caseCount(receivedDate, always),
  stages_started: stageCount(always),
  cases_completed: stageCount(responded),
  cases_closed: caseCount(caseDate(caseFinishedOn), always),
  open_at_start: snapshotCount({ on: (period) => dayBefore(period.start), countedOn: (period) => period.start }),
  open_at_end: snapshotCount({ on: (period) => period.end, countedOn: (period) => period.end }),
  escalated: stageCount((item) => (item.stage as StageFacts).stage !== "stage1"),
  proceeded_to_stage2: { date: stage1Date, include: (item, options) => isStage1(item) && proceeded(item, options) },
  percent_proceeded_to_stage2: { date: stage1Date, include: isStage1, hit: proceeded },
  late_requests: stageCount((item) => (item.stage as StageFacts).lateRequest),
  not_considered: caseCount(
    caseDate((f) => f.notConsidered?.on ?? null),
    (item) => item.facts.notConsidered !== null,
  ),
  withdrawn: caseCount(
    caseDate((f) => f.withdrawnOn),
    (item) => item.facts.withdrawnOn !== null,
  ),
  reasons: caseCount(caseDate(caseFinishedOn), always),
  within_timescale: timelinessCount("within", (item, options) => timeliness(item, options) === true),
  outside_timescale: timelinessCount("over", (item, options) => timeliness(item, options) === false),
  percent_within_timescale: timelinessCount("all", (item, options) => timeliness(item, options) !== null),
  average_working_days: {
    date: stageDate,
    include: (item) => responded(item) && (item.stage as StageFacts).workingDaysTaken !== null,
    value: (item) => (item.stage as StageFacts).workingDaysTaken as number,
  },
  extended: stageCount((item) => responded(item) && (item.stage as StageFacts).extended),
  acknowledged_in_target: caseCount(
    caseDate((f) => f.acknowledgement.acknowledgedOn),
    (item) => item.facts.acknowledgement.met === true,
  ),
  percent_acknowledged_in_target: {
    date: caseDate((f) => f.acknowledgement.acknowledgedOn),
    include: (item) => item.facts.acknowledgement.met !== null,
    hit: (item) => item.facts.acknowledgement.met === true,
  },
  advocacy_offered: caseCount(receivedDate, (item) => item.facts.advocacy.offered === true),
  advocacy_taken: caseCount(receivedDate, (item) => item.facts.advocacy.taken === true),
  percent_advocacy_offered: {
    date: receivedDate,
    include: (item) => item.facts.advocacy.offered !== null,
    hit: (item) => item.facts.advocacy.offered === true,
  },
  lgsco_referrals: { date: lgscoDate, include: always },
  lgsco_decisions: { date: lgscoDate, include: (item) => (item.lgsco as FactsLgscoReferral).decision !== null },
  lgsco_average_working_days: {
    date: lgscoDate,
    include: (item) => lgscoWorkingDays(item) !== null,
    value: (item) => lgscoWorkingDays(item) as number,
  },
};
