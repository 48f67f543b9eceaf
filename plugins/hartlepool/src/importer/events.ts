import type { CaseEventInput, FeedbackKind, ProcedureId, Stage } from "@csc/rules";
import type { ExportColumn } from "./export-format";
import { lgscoDecisions, notConsideredReasons, outcomes } from "../vocabularies";
import type { RowReader } from "./row-reader";

/** The stage columns of the export, per stage. */
const STAGE_COLUMNS = {
  stage1: { start: "S1 Start", extendedTo: "S1 Extended To", response: "S1 Response", outcome: "S1 Outcome" },
  stage2: { start: "S2 Statement Agreed", extendedTo: "S2 Extended To", response: "S2 Response", outcome: "S2 Outcome" },
  stage3: { start: "S3 Requested", extendedTo: null, response: "S3 Council Response", outcome: "S3 Outcome" },
} as const satisfies Record<Stage, { start: ExportColumn; extendedTo: ExportColumn | null; response: ExportColumn; outcome: ExportColumn }>;

/**
 * The lifecycle of one export row as case events (oldest first; same-day events in procedure order). Stage
 * columns must be filled in order: a stage's response needs its start, a later stage needs the earlier one's
 * response unless the complaint went straight to Stage 2 (seed section 7.2: "proceeded directly to Stage 2").
 */
export function buildEvents(row: RowReader, kind: FeedbackKind, procedure: ProcedureId | null, points: number): CaseEventInput[] {
  const received = row.requiredDate("Date Received");
  const events: CaseEventInput[] = [{ type: "received", on: received }];
  const acknowledged = row.date("Date Acknowledged");
  row.notBefore("Date Acknowledged", acknowledged, "Date Received", received);
  if (acknowledged) events.push({ type: "acknowledged", on: acknowledged });
  // The procedure decision opens Stage 1 (the lifecycle's first stage), so it is recorded only for complaints that
  // went to Stage 1: one sent straight to Stage 2, or not considered further, never entered Stage 1.
  if (procedure && row.text("S1 Start") !== null) events.push({ type: "procedure_decided", on: received, procedure });

  const pointIds = Array.from({ length: Math.max(points, 1) }, (_, i) => String(i + 1));
  const notConsidered = row.optionalTerm("Not Considered Reason", notConsideredReasons);
  const notConsideredOn = row.date("Date Not Considered");
  row.needs("Not Considered Reason", notConsidered !== null, "Date Not Considered", notConsideredOn !== null);
  row.needs("Date Not Considered", notConsideredOn !== null, "Not Considered Reason", notConsidered !== null);
  if (notConsidered && notConsideredOn) {
    row.notBefore("Date Not Considered", notConsideredOn, "Date Received", received);
    if (kind !== "complaint") row.fail("Not Considered Reason", "applies to complaints only");
    if (row.text("S1 Start") || row.text("S2 Requested")) {
      row.fail("Not Considered Reason", "a complaint not considered further cannot also have stage dates");
    }
    events.push({ type: "not_considered", on: notConsideredOn, reason: notConsidered.canonical });
  }

  let previousResponse: { column: ExportColumn; on: string } | null = null;
  for (const stage of ["stage1", "stage2", "stage3"] as const) {
    const stageEvents = buildStage(row, stage, received, previousResponse, pointIds);
    if (stageEvents === null) {
      if (stage === "stage1") continue; // straight to Stage 2 is allowed
      break;
    }
    events.push(...stageEvents.events);
    previousResponse = stageEvents.response;
    if (previousResponse === null) {
      const next = stage === "stage1" ? "S2 Requested" : stage === "stage2" ? "S3 Requested" : null;
      if (next && row.text(next)) row.fail(next, `the ${stage === "stage1" ? "Stage 1" : "Stage 2"} response must be filled in first`);
      break;
    }
  }
  if (!row.text("S2 Requested") && row.text("S3 Requested")) row.fail("S3 Requested", "Stage 3 needs a Stage 2 adjudication first");

  const holdFrom = row.date("On Hold From");
  const holdUntil = row.date("On Hold Until");
  row.needs("On Hold Until", holdUntil !== null, "On Hold From", holdFrom !== null);
  row.notBefore("On Hold Until", holdUntil, "On Hold From", holdFrom);
  if (holdFrom) events.push({ type: "suspended", on: holdFrom, reason: "On hold at the complainant's request" });
  if (holdUntil) events.push({ type: "resumed", on: holdUntil });

  const withdrawn = row.date("Withdrawn By Complainant");
  if (withdrawn) events.push({ type: "withdrawn", on: withdrawn });

  const referred = row.date("LGSCO Referred");
  const decision = row.optionalTerm("LGSCO Decision", lgscoDecisions);
  const decided = row.date("LGSCO Decided");
  row.needs("LGSCO Decision", decision !== null, "LGSCO Decided", decided !== null);
  row.needs("LGSCO Decided", decided !== null, "LGSCO Decision", decision !== null);
  if (referred) events.push({ type: "lgsco_referred", on: referred });
  if (decision && decided) {
    row.notBefore("LGSCO Decided", decided, "LGSCO Referred", referred);
    events.push({ type: "lgsco_decided", on: decided, decision: decision.canonical });
  }

  const closed = row.date("Date Closed");
  row.notBefore("Date Closed", closed, "Date Received", received);
  if (closed) events.push({ type: "closed", on: closed });
  // Stable sort: same-day events keep the procedure order they were built in.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

interface StageEvents {
  events: CaseEventInput[];
  /** The stage's response, or null while the stage is open. */
  response: { column: ExportColumn; on: string } | null;
}

function buildStage(
  row: RowReader,
  stage: Stage,
  received: string,
  previous: { column: ExportColumn; on: string } | null,
  pointIds: readonly string[],
): StageEvents | null {
  const columns = STAGE_COLUMNS[stage];
  const events: CaseEventInput[] = [];
  let start: string | null;
  if (stage === "stage2") {
    const requested = row.date("S2 Requested");
    start = row.date("S2 Statement Agreed");
    if (requested === null) {
      if (start !== null) row.fail("S2 Requested", 'is required when "S2 Statement Agreed" is filled in');
      return null;
    }
    // After a Stage 1 the complainant's request opens Stage 2; straight to Stage 2 (no Stage 1), the council starts it.
    if (previous) {
      row.notBefore("S2 Requested", requested, previous.column, previous.on);
      events.push({ type: "escalation_requested", on: requested, to: "stage2" });
    } else {
      row.notBefore("S2 Requested", requested, "Date Received", received);
      events.push({ type: "stage_started", on: requested, stage: "stage2" });
    }
    if (start === null) return { events, response: null };
    row.notBefore("S2 Statement Agreed", start, "S2 Requested", requested);
    events.push({ type: "statement_agreed", on: start });
    events.push({ type: "investigator_appointed", on: start, role: "investigating_officer" });
    events.push({ type: "investigator_appointed", on: start, role: "independent_person" });
  } else {
    start = row.date(columns.start);
    if (start === null) return null;
    if (stage === "stage1") {
      row.notBefore(columns.start, start, "Date Received", received);
      events.push({ type: "stage_started", on: start, stage });
    } else {
      if (!previous) row.fail(columns.start, "Stage 3 needs a Stage 2 adjudication first");
      row.notBefore(columns.start, start, previous.column, previous.on);
      events.push({ type: "escalation_requested", on: start, to: "stage3" });
      for (const [column, type] of [
        ["S3 Panel Held", "panel_held"],
        ["S3 Panel Report", "panel_reported"],
      ] as const) {
        const on = row.date(column);
        if (on) events.push({ type, on });
      }
    }
  }
  if (columns.extendedTo) {
    const extendedTo = row.workingDays(columns.extendedTo);
    if (extendedTo !== null) {
      events.push({ type: "extension_agreed", on: start, stage, totalWorkingDays: extendedTo, reason: "Extension agreed with the complainant" });
    }
  }
  const respondedOn = row.date(columns.response);
  const outcome = row.optionalTerm(columns.outcome, outcomes);
  row.needs(columns.response, respondedOn !== null, columns.outcome, outcome !== null);
  row.needs(columns.outcome, outcome !== null, columns.response, respondedOn !== null);
  if (respondedOn === null || outcome === null) return { events, response: null };
  row.notBefore(columns.response, respondedOn, columns.start, start);
  // Each stage's response event (SI 2006/1738): Stage 1 the response, Stage 2 the adjudication, Stage 3 the
  // council's response to the panel. A Stage 2 the Council withdrew ends with the adjudicating officer's letter
  // closing it, recorded as the Stage 2 response with the outcome "discontinued" (README, "Vocabulary mapping").
  const pointOutcomes = pointIds.map((pointId) => ({ pointId, outcome: outcome.canonical }));
  const type = stage === "stage1" ? "response_sent" : stage === "stage2" ? "adjudication_sent" : "council_responded";
  events.push(
    type === "response_sent" ? { type, on: respondedOn, stage, outcomes: pointOutcomes } : { type, on: respondedOn, outcomes: pointOutcomes },
  );
  return { events, response: { column: columns.response, on: respondedOn } };
}
