import type { CaseEventInput, FeedbackKind, LgscoRemedy, Stage } from "@csc/rules";
import type { ExportColumn } from "./export-format";
import { lgscoDecisions, notConsideredReasons, outcomes } from "../vocabularies";
import type { RowReader } from "./row-reader";

/** The LGO's remedies in the export's codes ("LGO Investigations and Decisions": apology, financial remedy or procedural change). */
const LGO_REMEDIES: Readonly<Record<string, LgscoRemedy>> = {
  APOLOGY: "apology",
  FINANCIAL: "financial_remedy",
  PROCEDURE: "procedure_change",
  SERVICE: "service_improvement",
};

const RESPONSE_COLUMNS = {
  stage1: { response: "S1 Response", outcome: "S1 Outcome" },
  stage2: { response: "S2 Response", outcome: "S2 Outcome" },
  stage3: { response: "S3 Council Response", outcome: "S3 Outcome" },
} as const satisfies Record<Stage, { response: ExportColumn; outcome: ExportColumn }>;

/**
 * The lifecycle of one export row as case events, oldest first (same-day events keep the procedure's order).
 * A considered complaint enters Stage 1 on receipt (seed section 4: "We acknowledge the customer's complaint ...
 * and allocate it to the responding team manager"); Stage 2 needs the Stage 1 response, Stage 3 the Stage 2
 * adjudication. A declined complaint (not considered further) has no stage dates.
 */
export function buildEvents(row: RowReader, kind: FeedbackKind, pointIds: readonly string[]): CaseEventInput[] {
  const received = row.requiredDate("Date Received");
  const events: CaseEventInput[] = [{ type: "received", on: received }];
  const acknowledged = row.date("Date Acknowledged");
  row.notBefore("Date Acknowledged", acknowledged, "Date Received", received);
  if (acknowledged) events.push({ type: "acknowledged", on: acknowledged });

  const declined = row.optionalTerm("Declined Reason", notConsideredReasons);
  const declinedOn = row.date("Date Declined");
  row.needs("Declined Reason", declined !== null, "Date Declined", declinedOn !== null);
  row.needs("Date Declined", declinedOn !== null, "Declined Reason", declined !== null);
  const hasStages = row.text("S1 Response") !== null || row.text("S1 Extended To") !== null || row.text("S2 Requested") !== null;
  if (kind !== "complaint") {
    if (declined || hasStages) row.fail(declined ? "Declined Reason" : "S1 Response", "applies to complaints only");
  } else if (declined && declinedOn) {
    if (hasStages) row.fail("Declined Reason", "a complaint declined (not considered further) cannot also have stage dates");
    row.notBefore("Date Declined", declinedOn, "Date Received", received);
    events.push({ type: "not_considered", on: declinedOn, reason: declined.canonical });
  } else {
    events.push({ type: "procedure_decided", on: received, procedure: "childrens_statutory" });
    events.push(...stageEvents(row, received, pointIds));
  }

  events.push(...lgoEvents(row, kind));
  const closed = row.date("Date Closed");
  row.notBefore("Date Closed", closed, "Date Received", received);
  if (closed) events.push({ type: "closed", on: closed });
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.i - b.i))
    .map(({ event }) => event);
}

function stageEvents(row: RowReader, received: string, pointIds: readonly string[]): CaseEventInput[] {
  const events: CaseEventInput[] = [];
  const extendedTo = row.stage1Extension("S1 Extended To");
  // "A maximum of 20 working days may be allowed, but the expectation is that any extension is agreed with the
  // person making the complaint upfront" (Complaint Timescales): recorded as agreed on receipt.
  if (extendedTo !== null) {
    events.push({
      type: "extension_agreed",
      on: received,
      stage: "stage1",
      totalWorkingDays: extendedTo,
      reason: "Extension agreed with the complainant upfront",
    });
  }
  const s1 = response(row, "stage1", pointIds);
  row.notBefore("S1 Response", s1?.on ?? null, "Date Received", received);
  if (s1) events.push({ type: "response_sent", on: s1.on, stage: "stage1", outcomes: s1.outcomes });

  const requested = row.date("S2 Requested");
  const agreed = row.date("S2 Statement Agreed");
  row.needs("S2 Statement Agreed", agreed !== null, "S2 Requested", requested !== null);
  if (requested === null) {
    if (row.text("S2 Response") || row.text("S3 Requested")) row.fail("S2 Requested", "is required when a later stage is filled in");
    return events;
  }
  if (!s1) row.fail("S1 Response", 'is required when "S2 Requested" is filled in (Stage 2 follows the Stage 1 response)');
  row.notBefore("S2 Requested", requested, "S1 Response", s1.on);
  events.push({ type: "escalation_requested", on: requested, to: "stage2" });
  const s2 = response(row, "stage2", pointIds);
  if (agreed) {
    row.notBefore("S2 Statement Agreed", agreed, "S2 Requested", requested);
    // SI 2006/1738 reg 17: an Investigating Officer and an Independent Person consider the complaint.
    events.push({ type: "statement_agreed", on: agreed });
    events.push({ type: "investigator_appointed", on: agreed, role: "investigating_officer" });
    events.push({ type: "investigator_appointed", on: agreed, role: "independent_person" });
  } else if (s2) {
    row.fail("S2 Statement Agreed", 'is required when "S2 Response" is filled in (the adjudication answers the agreed statement)');
  }
  if (s2 && agreed) {
    row.notBefore("S2 Response", s2.on, "S2 Statement Agreed", agreed);
    events.push({ type: "adjudication_sent", on: s2.on, outcomes: s2.outcomes });
  }

  const panelRequested = row.date("S3 Requested");
  if (panelRequested === null) return events;
  if (!s2) row.fail("S2 Response", 'is required when "S3 Requested" is filled in (Stage 3 follows the adjudication)');
  row.notBefore("S3 Requested", panelRequested, "S2 Response", s2.on);
  events.push({ type: "escalation_requested", on: panelRequested, to: "stage3" });
  for (const [column, type] of [
    ["S3 Panel Held", "panel_held"],
    ["S3 Panel Report", "panel_reported"],
  ] as const) {
    const on = row.date(column);
    row.notBefore(column, on, "S3 Requested", panelRequested);
    if (on) events.push({ type, on });
  }
  const s3 = response(row, "stage3", pointIds);
  if (s3) events.push({ type: "council_responded", on: s3.on, outcomes: s3.outcomes });
  return events;
}

function response(row: RowReader, stage: Stage, pointIds: readonly string[]) {
  const columns = RESPONSE_COLUMNS[stage];
  const on = row.date(columns.response);
  const outcome = row.optionalTerm(columns.outcome, outcomes);
  row.needs(columns.response, on !== null, columns.outcome, outcome !== null);
  row.needs(columns.outcome, outcome !== null, columns.response, on !== null);
  if (on === null || outcome === null) return null;
  return { on, outcomes: pointIds.map((pointId) => ({ pointId, outcome: outcome.canonical })) };
}

function lgoEvents(row: RowReader, kind: FeedbackKind): CaseEventInput[] {
  const referred = row.date("LGO Referred");
  const decision = row.optionalTerm("LGO Decision", lgscoDecisions);
  const decided = row.date("LGO Decided");
  row.needs("LGO Decision", decision !== null, "LGO Decided", decided !== null);
  row.needs("LGO Decided", decided !== null, "LGO Decision", decision !== null);
  row.needs("LGO Decided", decided !== null, "LGO Referred", referred !== null);
  if (referred === null) return [];
  if (kind !== "complaint") row.fail("LGO Referred", "applies to complaints only");
  const events: CaseEventInput[] = [{ type: "lgsco_referred", on: referred }];
  if (decision && decided) {
    row.notBefore("LGO Decided", decided, "LGO Referred", referred);
    const remedies = row
      .list("LGO Remedy")
      .map(
        (code) =>
          LGO_REMEDIES[code] ?? row.fail("LGO Remedy", `"${code}" is not a remedy code (expected one of ${Object.keys(LGO_REMEDIES).join(", ")})`),
      );
    events.push({ type: "lgsco_decided", on: decided, decision: decision.canonical, remedies });
  } else if (row.text("LGO Remedy")) {
    row.fail("LGO Remedy", 'needs "LGO Decision" and "LGO Decided"');
  }
  return events;
}
