import type { IsoDate } from "../dates/iso-date";
import type { CaseFacts, StageFacts } from "../measures/case-facts";
import type { FeedbackKind, NotConsideredReason, Outcome, ProcedureId, Stage } from "../vocabulary/canonical";
import type { DerivedClock, TimelinessBand } from "./clocks";
import type { CaseStatus, DerivedCase } from "./derive";
import type { CaseFlag } from "./flags";
import type { DerivedLgscoReferral } from "./state";
import { type DerivedReviewPanel, reviewPanelOf } from "./review-panel";
import { toStageFacts } from "./stage-facts";

/**
 * Which kinds of feedback run clocks. Complaints run their procedure's (SI 2006/1738 applies to representations
 * made as complaints); a councillor's or MP's enquiry runs one, its reply (a single response, whose working days
 * the annual reports average). Compliments, comments, signposts, informal resolutions and LGSCO enquiries are
 * recorded with their events but carry no timescale, so they are never due or overdue, have no stage facts and
 * no next due date. The one place this is decided; the gateway, the importer and the seed read it.
 */
export const CLOCKED_KINDS: ReadonlySet<FeedbackKind> = new Set<FeedbackKind>(["complaint", "member_enquiry"]);

export function runsClocks(kind: FeedbackKind): boolean {
  return CLOCKED_KINDS.has(kind);
}

/**
 * The earliest due date among the clocks the council owes that are still running (what a worklist sorts on):
 * response clocks only, never the complainant's request windows, and not a clock shown provisionally before its
 * own start (Stage 2 before the statement of complaint is agreed).
 */
export function nextDueOf(derived: DerivedCase): IsoDate | null {
  const running = [derived.acknowledgement, ...derived.clocks].filter(
    (clock) => clock.stoppedOn === null && clock.kind === "response" && !clock.provisional,
  );
  return running.map((clock) => clock.dueOn).sort()[0] ?? null;
}

/** One stage as stored: its StageFacts plus the timeliness band of its timescale clock. */
export type StoredStage = StageFacts & { band: TimelinessBand | null };

/**
 * Everything derived about a case that is stored beside its events, decided once here for every writer (live
 * mutations, import, demo seed): status, current stage, acknowledgement, stage facts, every clock, the next due
 * date, outcomes per point, Ombudsman referrals. A kind that runs no clocks (CLOCKED_KINDS) stores none.
 */
export interface CaseDerivation {
  kind: FeedbackKind;
  status: CaseStatus;
  suspended: boolean;
  currentStage: Stage | null;
  /** The procedure the case runs under: the one decided, or children's statutory for a complaint with none decided. */
  procedure: ProcedureId | null;
  acknowledgement: CaseFacts["acknowledgement"];
  stages: StoredStage[];
  /** The acknowledgement clock and every started clock, one per id. */
  clocks: DerivedClock[];
  nextDueOn: IsoDate | null;
  notConsidered: { on: IsoDate; reason: NotConsideredReason } | null;
  withdrawnOn: IsoDate | null;
  closedOn: IsoDate | null;
  flags: { code: string; stage: Stage | null; message: string }[];
  pointOutcomes: { pointRef: string; stage: Stage; outcome: Outcome }[];
  lgsco: DerivedLgscoReferral[];
  /** The review panel (Stage 3) the events and clocks make, or null before one is requested (./review-panel.ts). */
  reviewPanel: DerivedReviewPanel | null;
  derivedOn: IsoDate;
}

function flagRow(flag: CaseFlag): CaseDerivation["flags"][number] {
  return { code: flag.code, stage: flag.stage, message: flag.message };
}

export function caseDerivation(derived: DerivedCase, kind: FeedbackKind): CaseDerivation {
  const clocked = runsClocks(kind);
  const facts = toStageFacts(derived);
  const bandOf = new Map(derived.stages.map((s) => [s.stage, s.timescale.band]));
  const clocks = [...new Map([derived.acknowledgement, ...derived.clocks].map((c) => [c.id, c])).values()];
  const decided = derived.procedureDecidedOn !== null;
  return {
    kind,
    status: derived.status,
    suspended: derived.status === "suspended",
    currentStage: clocked ? derived.currentStage : null,
    procedure: decided || kind === "complaint" ? derived.procedure.procedure : null,
    acknowledgement: clocked ? facts.acknowledgement : { dueOn: null, acknowledgedOn: derived.acknowledgedOn, met: null },
    stages: clocked ? facts.stages.map((s) => ({ ...s, band: bandOf.get(s.stage) ?? null })) : [],
    clocks: clocked ? clocks : [],
    nextDueOn: clocked ? nextDueOf(derived) : null,
    notConsidered: derived.notConsidered ? { on: derived.notConsidered.on, reason: derived.notConsidered.reason } : null,
    withdrawnOn: derived.withdrawnOn,
    closedOn: derived.closedOn,
    flags: derived.flags.map(flagRow),
    pointOutcomes: derived.stages.flatMap((s) => s.pointOutcomes.map((p) => ({ pointRef: p.pointId, stage: s.stage, outcome: p.outcome }))),
    lgsco: derived.lgsco,
    reviewPanel: clocked ? reviewPanelOf(derived) : null,
    derivedOn: derived.asOf,
  };
}
