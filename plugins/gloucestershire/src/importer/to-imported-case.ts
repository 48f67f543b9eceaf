import type { ImportedCaseInput } from "@csc/council-kit";
import { addWorkingDays, compareDates, type CaseEventInput, type IsoDate, type Outcome, type Stage } from "@csc/rules";
import type { ExportRecord } from "./export-record";
import { LGSCO_DECISIONS, NOT_CONSIDERED_REASONS, OUTCOMES } from "../vocabularies";
import { REASONS } from "../reasons";

/**
 * Turns one export row into the platform's ImportedCase: local codes kept as they are (the adapter's
 * vocabularies map them), the row's dates turned into the lifecycle's events in date order. The export holds
 * each stage's outcome, not one per point, so every point of complaint takes its stage's outcome.
 */
const OUTCOME_OF = new Map<string, Outcome>(OUTCOMES.map((o) => [o.code, o.canonical]));
const DECISION_OF = new Map<string, (typeof LGSCO_DECISIONS)[number]["canonical"]>(LGSCO_DECISIONS.map((d) => [d.code, d.canonical]));
const NOT_CONSIDERED_OF = new Map<string, (typeof NOT_CONSIDERED_REASONS)[number]["canonical"]>(
  NOT_CONSIDERED_REASONS.map((n) => [n.code, n.canonical]),
);
const CATEGORY_OF = new Map<string, string>(REASONS.map((r) => [r.code, r.parent]));

/** A Stage 1 extension is recorded on the 8th working day, before the 10-day deadline (SI 2006/1738 reg 14). */
const STAGE1_EXTENSION_ON_DAY = 8;
/** A Stage 2 extension is recorded on the 20th working day, before the 25-day deadline (SI 2006/1738 reg 17). */
const STAGE2_EXTENSION_ON_DAY = 20;

/** The local dimension "stageReached": the furthest stage a complaint was taken to by the export date. */
export const STAGE_REACHED = [
  { code: "STAGE1", label: "Stage 1" },
  { code: "STAGE2", label: "Stage 2" },
  { code: "STAGE3", label: "Stage 3" },
] as const;

function stageReached(r: ExportRecord): string | null {
  if (r.kind !== "COMPLAINT") return null;
  if (r.stage3RequestedOn !== null) return "STAGE3";
  if (r.stage2RequestedOn !== null) return "STAGE2";
  return "STAGE1";
}

function outcomes(points: { id: string }[], localOutcome: string | null): { pointId: string; outcome: Outcome }[] {
  const outcome = (localOutcome !== null ? OUTCOME_OF.get(localOutcome) : undefined) ?? "no_response_recorded";
  return points.map((p) => ({ pointId: p.id, outcome }));
}

function events(r: ExportRecord, points: { id: string }[]): CaseEventInput[] {
  const list: CaseEventInput[] = [{ type: "received", on: r.receivedOn }];
  const add = (on: IsoDate | null, event: (on: IsoDate) => CaseEventInput): void => {
    if (on !== null) list.push(event(on));
  };
  const complaint = r.kind === "COMPLAINT";
  if (complaint && r.notConsideredOn === null) {
    list.push({ type: "procedure_decided", on: r.receivedOn, procedure: r.procedure === "CORP" ? "corporate" : "childrens_statutory" });
  }
  add(r.acknowledgedOn, (on) => ({ type: "acknowledged", on }));
  if (complaint) {
    const notConsidered = r.notConsideredReason !== null ? NOT_CONSIDERED_OF.get(r.notConsideredReason) : undefined;
    add(r.notConsideredOn, (on) => ({ type: "not_considered", on, reason: notConsidered ?? "other" }));
    if (r.stage1ExtendedTo !== null) {
      const on = addWorkingDays(r.receivedOn, STAGE1_EXTENSION_ON_DAY);
      list.push({ type: "extension_agreed", on, stage: "stage1", totalWorkingDays: r.stage1ExtendedTo, reason: "complex complaint" });
    }
    add(r.stage1RespondedOn, (on) => ({ type: "response_sent", on, stage: "stage1", outcomes: outcomes(points, r.stage1Outcome) }));
    add(r.stage2RequestedOn, (on) => ({ type: "escalation_requested", on, to: "stage2" }));
    add(r.stage2StatementOn, (on) => ({ type: "statement_agreed", on }));
    add(r.stage2StatementOn, (on) => ({ type: "investigator_appointed", on, role: "investigating_officer" }));
    add(r.stage2StatementOn, (on) => ({ type: "investigator_appointed", on, role: "independent_person" }));
    if (r.stage2ExtendedTo !== null && r.stage2StatementOn !== null) {
      const on = addWorkingDays(r.stage2StatementOn, STAGE2_EXTENSION_ON_DAY);
      list.push({ type: "extension_agreed", on, stage: "stage2", totalWorkingDays: r.stage2ExtendedTo, reason: "complex investigation" });
    }
    const stage2Outcomes = outcomes(points, r.stage2Outcome);
    add(r.stage2RespondedOn, (on) =>
      r.procedure === "CORP"
        ? { type: "response_sent", on, stage: "stage2" as Stage, outcomes: stage2Outcomes }
        : { type: "adjudication_sent", on, outcomes: stage2Outcomes },
    );
    add(r.stage3RequestedOn, (on) => ({ type: "escalation_requested", on, to: "stage3" }));
    add(r.panelOn, (on) => ({ type: "panel_held", on }));
    add(r.panelReportOn, (on) => ({ type: "panel_reported", on }));
    add(r.councilResponseOn, (on) => ({ type: "council_responded", on, outcomes: outcomes(points, r.stage3Outcome) }));
  }
  add(r.withdrawnOn, (on) => ({ type: "withdrawn", on }));
  add(r.lgscoReferredOn, (on) => ({ type: "lgsco_referred", on }));
  const decision = r.lgscoDecision !== null ? DECISION_OF.get(r.lgscoDecision) : undefined;
  if (r.lgscoDecidedOn !== null && decision !== undefined) list.push({ type: "lgsco_decided", on: r.lgscoDecidedOn, decision });
  add(r.closedOn, (on) => ({ type: "closed", on }));
  // Stable sort: same-day events keep the order above (the lifecycle's order).
  return list
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareDates(a.e.on, b.e.on) || a.i - b.i)
    .map(({ e }) => e);
}

export function toImportedCase(r: ExportRecord): ImportedCaseInput {
  const points =
    r.reasons.length > 0
      ? r.reasons.map((reason, i) => ({ id: `p${i + 1}`, category: CATEGORY_OF.get(reason) ?? null, reason }))
      : r.kind === "COMPLAINT"
        ? [{ id: "p1", category: null, reason: null }]
        : [];
  const localOutcomes: ImportedCaseInput["localOutcomes"] = {};
  if (r.stage1Outcome !== null) localOutcomes.stage1 = r.stage1Outcome;
  if (r.stage2Outcome !== null) localOutcomes.stage2 = r.stage2Outcome;
  if (r.stage3Outcome !== null) localOutcomes.stage3 = r.stage3Outcome;
  const reached = stageReached(r);
  return {
    externalId: r.reference,
    kind: r.kind,
    procedure: r.procedure,
    receivedOn: r.receivedOn,
    channel: r.channel,
    complainantType: r.complainantType,
    madeByChild: r.youngPerson,
    advocacy: {
      offered: r.advocacyOffered,
      taken: r.advocacyProvider !== null ? true : r.advocacyOffered === true ? false : null,
      provider: r.advocacyProvider,
    },
    teams: r.teams,
    points,
    localOutcomes,
    notConsideredReason: r.notConsideredReason,
    lgscoDecision: r.lgscoDecision,
    equalities: { gender: r.gender, ethnicity: r.ethnicity, disability: r.disability, ageBand: null },
    localDimensions: reached !== null ? { stageReached: reached } : {},
    events: events(r, points),
  };
}
