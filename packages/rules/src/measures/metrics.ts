/**
 * The catalogue of measures every annual report is built from (../shared/docs/domain.md, "Counting rules").
 * Each metric counts one unit — a case, a stage of a case, a reason of a case, or an LGSCO referral — on a
 * basis: "received" (the unit began in the period) or "completed" (it finished in the period). The time
 * dimensions (month, quarter, financialYear) group by that same basis date. Snapshot metrics (open at the
 * start or end) have no basis: they look at one day.
 *
 * Counting rules:
 * - a complaint that goes through Stages 1–3 counts at each stage in stage-unit metrics, once in case-unit ones;
 * - outcomes and timescales are on completed stage responses (respondedOn in the period) unless basis says otherwise;
 * - volumes are on received;
 * - reasons and teams can be several per case, so grouped totals may exceed the number of cases.
 */
export type Basis = "received" | "completed";
export type MeasureUnit = "case" | "stage" | "reason" | "lgsco";
export type Aggregation = "count" | "percent" | "average";

export interface MetricInfo {
  readonly description: string;
  readonly unit: MeasureUnit;
  readonly aggregation: Aggregation;
  /** Bases the metric can be computed on, default first; empty for snapshot metrics. */
  readonly bases: readonly Basis[];
  /** What "received" and "completed" mean for this metric, in words for the README and the analytics API. */
  readonly basisNote: string;
}

const RECEIVED_CASE = "received: the case was received in the period";
const CASE_BASES = `${RECEIVED_CASE}; completed: the case finished in the period (closed, withdrawn, not considered, or every stage responded)`;
const STAGE_COMPLETED =
  "completed (default): the stage response was sent in the period; received: the stage started in the period and has been responded to";

function metric(description: string, unit: MeasureUnit, aggregation: Aggregation, bases: readonly Basis[], basisNote: string): MetricInfo {
  return Object.freeze({ description, unit, aggregation, bases, basisNote });
}

export const METRICS = Object.freeze({
  cases_received: metric("Cases received (volumes by kind, team, channel, …); each case once", "case", "count", ["received"], RECEIVED_CASE),
  stages_started: metric(
    "Stages started (complaints by stage; Stage 3 = review panels requested); a case counts at each stage it reached",
    "stage",
    "count",
    ["received"],
    "received: the stage's clock started in the period (Stage 2: the agreed statement of complaint)",
  ),
  cases_completed: metric(
    "Stage responses sent (outcomes by stage); a case counts at each stage responded",
    "stage",
    "count",
    ["completed", "received"],
    STAGE_COMPLETED,
  ),
  cases_closed: metric(
    "Cases finished: closed, withdrawn, not considered, or every stage responded",
    "case",
    "count",
    ["completed"],
    "completed: the case finished in the period",
  ),
  open_at_start: metric(
    "Cases open on the period's first day, brought forward (with stage: that stage was open)",
    "case",
    "count",
    [],
    "snapshot: received before the period and not finished before it started",
  ),
  open_at_end: metric(
    "Cases open on the period's last day, carried forward (with stage: that stage was open)",
    "case",
    "count",
    [],
    "snapshot: received by the period's end and not finished by it",
  ),
  escalated: metric(
    "Escalations: Stage 2 and Stage 3 stages started (with stage: that stage only)",
    "stage",
    "count",
    ["received"],
    "received: the escalated stage started in the period",
  ),
  proceeded_to_stage2: metric(
    "Stage 1 complaints that proceeded to Stage 2 (SI 2006/1738 reg 14(2)): Stage 2 counted from the agreed statement, or from the request with stage2From",
    "stage",
    "count",
    ["completed", "received"],
    "completed (default): the Stage 1 response was sent in the period; received: Stage 1 started in the period",
  ),
  percent_proceeded_to_stage2: metric(
    "Percentage (0–100, unrounded) of Stage 1 complaints that proceeded to Stage 2: of those completed at Stage 1 (default) or received",
    "stage",
    "percent",
    ["completed", "received"],
    "completed (default): of the Stage 1 responses sent in the period; received: of the Stage 1 complaints received in the period",
  ),
  late_requests: metric(
    "Escalations requested after the statutory 20 working days (SI 2006/1738 regs 14 and 18; allowed at the council's discretion)",
    "stage",
    "count",
    ["received"],
    "received: the escalated stage started in the period",
  ),
  not_considered: metric(
    "Complaints not considered further, by reason",
    "case",
    "count",
    ["received", "completed"],
    `${RECEIVED_CASE}; completed: the decision not to consider was made in the period`,
  ),
  withdrawn: metric(
    "Cases withdrawn by the complainant",
    "case",
    "count",
    ["received", "completed"],
    `${RECEIVED_CASE}; completed: withdrawn in the period`,
  ),
  reasons: metric(
    "Reasons for complaint; several per case, so the total may exceed the cases",
    "reason",
    "count",
    ["received", "completed"],
    CASE_BASES,
  ),
  within_timescale: metric(
    "Stage responses within the stage's (possibly extended) timescale, or within `withinWorkingDays` when given",
    "stage",
    "count",
    ["completed", "received"],
    STAGE_COMPLETED,
  ),
  outside_timescale: metric(
    "Stage responses outside the stage's (possibly extended) timescale, or beyond `withinWorkingDays` when given",
    "stage",
    "count",
    ["completed", "received"],
    STAGE_COMPLETED,
  ),
  percent_within_timescale: metric(
    "Percentage (0–100, unrounded) of stage responses within timescale, of those whose timeliness is known",
    "stage",
    "percent",
    ["completed", "received"],
    STAGE_COMPLETED,
  ),
  average_working_days: metric(
    "Average working days from a stage's start to its response, less paused days",
    "stage",
    "average",
    ["completed", "received"],
    STAGE_COMPLETED,
  ),
  extended: metric(
    "Stage responses whose timescale was extended by agreement (SI 2006/1738 regs 14 and 17)",
    "stage",
    "count",
    ["completed", "received"],
    STAGE_COMPLETED,
  ),
  acknowledged_in_target: metric(
    "Cases acknowledged within the local target (local policy: no statutory figure)",
    "case",
    "count",
    ["received", "completed"],
    `${RECEIVED_CASE}; completed: acknowledged in the period`,
  ),
  percent_acknowledged_in_target: metric(
    "Percentage (0–100, unrounded) of cases acknowledged within the local target, of those whose acknowledgement is known",
    "case",
    "percent",
    ["received", "completed"],
    `${RECEIVED_CASE}; completed: acknowledged in the period`,
  ),
  advocacy_offered: metric("Cases where an advocate was offered (Children Act 1989 s.26A)", "case", "count", ["received"], RECEIVED_CASE),
  advocacy_taken: metric("Cases where an advocate supported the complainant", "case", "count", ["received"], RECEIVED_CASE),
  percent_advocacy_offered: metric(
    "Percentage (0–100, unrounded) of cases where an advocate was offered, of those where it is recorded",
    "case",
    "percent",
    ["received"],
    RECEIVED_CASE,
  ),
  lgsco_referrals: metric("Referrals to the LGSCO", "lgsco", "count", ["received"], "received: referred to the LGSCO in the period"),
  lgsco_decisions: metric(
    "LGSCO decisions, by decision",
    "lgsco",
    "count",
    ["completed", "received"],
    "completed (default): the LGSCO decided in the period; received: referred in the period and decided",
  ),
  lgsco_average_working_days: metric(
    "Average working days the LGSCO took from the referral to its decision (working days of SI 2006/1738 reg 2, England and Wales; no local closure days: the LGSCO is not the council)",
    "lgsco",
    "average",
    ["completed", "received"],
    "completed (default): the LGSCO decided in the period; received: referred in the period and decided (both dates recorded)",
  ),
} satisfies Record<string, MetricInfo>);

export type Metric = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [Metric, ...Metric[]];

export function isMetric(value: string): value is Metric {
  return Object.hasOwn(METRICS, value);
}
