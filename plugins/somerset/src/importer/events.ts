import type { CaseEventInput, FeedbackKind } from "@csc/rules";
import { lgoDecisions, outcomes } from "../vocabularies";
import type { RowReader } from "./row-reader";

/** The single point of complaint a Somerset case carries (its primary cause), or the reply to a member enquiry. */
const POINT = "1";

const STAGE_COLUMNS = [
  "Stage 1 Start",
  "Stage 1 Extended To",
  "Stage 1 Response",
  "Stage 1 Outcome",
  "Stage 2 Requested",
  "Stage 2 Statement Agreed",
  "Stage 2 Response",
  "Stage 2 Outcome",
  "LGO Referred",
  "LGO Decision",
  "LGO Decided",
] as const;

/**
 * The lifecycle of one export row as case events, oldest first (same-day events keep procedure order). Complaints
 * run through the children's statutory procedure (SI 2006/1738): Stage 1, then Stage 2 when requested, then the
 * Local Government Ombudsman. A member enquiry's reply is recorded as its single response (README, "Member
 * enquiries"); compliments and comments have no stages.
 */
export function buildEvents(row: RowReader, kind: FeedbackKind): CaseEventInput[] {
  const received = row.requiredDate("Date Received");
  const events: CaseEventInput[] = [{ type: "received", on: received }];
  const acknowledged = row.date("Date Acknowledged");
  row.notBefore("Date Acknowledged", acknowledged, "Date Received", received);
  if (acknowledged) events.push({ type: "acknowledged", on: acknowledged });

  if (kind === "complaint") {
    row.blank("Response Sent", "applies to member enquiries only; a complaint's responses are in the stage columns");
    events.push(...complaintEvents(row, received));
  } else {
    for (const column of STAGE_COLUMNS) row.blank(column, "applies to complaints only");
    const reply = row.date("Response Sent");
    if (kind === "member_enquiry" && reply) {
      row.notBefore("Response Sent", reply, "Date Received", received);
      events.push({ type: "stage_started", on: received, stage: "stage1" });
      events.push({ type: "response_sent", on: reply, stage: "stage1", outcomes: [{ pointId: POINT, outcome: "no_finding" }] });
    } else if (reply) {
      row.fail("Response Sent", "applies to member enquiries only");
    }
  }

  const closed = row.date("Date Closed");
  row.notBefore("Date Closed", closed, "Date Received", received);
  if (closed) events.push({ type: "closed", on: closed });
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

function complaintEvents(row: RowReader, received: string): CaseEventInput[] {
  const events: CaseEventInput[] = [];
  const start = row.date("Stage 1 Start");
  if (start === null) {
    for (const column of STAGE_COLUMNS) row.blank(column, 'needs "Stage 1 Start": every complaint starts at Stage 1');
    return events;
  }
  row.notBefore("Stage 1 Start", start, "Date Received", received);
  events.push({ type: "procedure_decided", on: received, procedure: "childrens_statutory" });
  events.push({ type: "stage_started", on: start, stage: "stage1" });
  const extendedTo = row.workingDays("Stage 1 Extended To");
  if (extendedTo !== null) {
    // SI 2006/1738 reg 14: extended by agreement with the complainant to 20 working days in all.
    events.push({ type: "extension_agreed", on: start, stage: "stage1", totalWorkingDays: extendedTo, reason: "Extension agreed with the customer" });
  }
  const responded = row.date("Stage 1 Response");
  const outcome = row.optionalTerm("Stage 1 Outcome", outcomes);
  row.needs("Stage 1 Response", responded !== null, "Stage 1 Outcome", outcome !== null);
  row.needs("Stage 1 Outcome", outcome !== null, "Stage 1 Response", responded !== null);
  if (responded === null || outcome === null) {
    for (const column of STAGE_COLUMNS.slice(4)) row.blank(column, 'needs the Stage 1 response first ("Stage 1 Response")');
    return events;
  }
  row.notBefore("Stage 1 Response", responded, "Stage 1 Start", start);
  events.push({ type: "response_sent", on: responded, stage: "stage1", outcomes: [{ pointId: POINT, outcome: outcome.canonical }] });

  let last: { column: "Stage 1 Response" | "Stage 2 Response"; on: string } = { column: "Stage 1 Response", on: responded };
  const requested = row.date("Stage 2 Requested");
  const agreed = row.date("Stage 2 Statement Agreed");
  row.needs("Stage 2 Statement Agreed", agreed !== null, "Stage 2 Requested", requested !== null);
  if (requested) {
    row.notBefore("Stage 2 Requested", requested, "Stage 1 Response", responded);
    events.push({ type: "escalation_requested", on: requested, to: "stage2" });
    if (agreed) {
      row.notBefore("Stage 2 Statement Agreed", agreed, "Stage 2 Requested", requested);
      events.push({ type: "statement_agreed", on: agreed });
      events.push({ type: "investigator_appointed", on: agreed, role: "investigating_officer" });
      events.push({ type: "investigator_appointed", on: agreed, role: "independent_person" });
    }
    const adjudicated = row.date("Stage 2 Response");
    const stage2Outcome = row.optionalTerm("Stage 2 Outcome", outcomes);
    row.needs("Stage 2 Response", adjudicated !== null, "Stage 2 Outcome", stage2Outcome !== null);
    row.needs("Stage 2 Outcome", stage2Outcome !== null, "Stage 2 Response", adjudicated !== null);
    row.needs("Stage 2 Response", adjudicated !== null, "Stage 2 Statement Agreed", agreed !== null);
    if (adjudicated && stage2Outcome) {
      row.notBefore("Stage 2 Response", adjudicated, "Stage 2 Statement Agreed", agreed);
      events.push({ type: "adjudication_sent", on: adjudicated, outcomes: [{ pointId: POINT, outcome: stage2Outcome.canonical }] });
      last = { column: "Stage 2 Response", on: adjudicated };
    }
  } else {
    for (const column of ["Stage 2 Response", "Stage 2 Outcome"] as const) row.blank(column, 'needs "Stage 2 Requested"');
  }

  const referred = row.date("LGO Referred");
  const decision = row.optionalTerm("LGO Decision", lgoDecisions);
  const decided = row.date("LGO Decided");
  row.needs("LGO Decision", decision !== null, "LGO Decided", decided !== null);
  row.needs("LGO Decided", decided !== null, "LGO Decision", decision !== null);
  row.needs("LGO Decided", decided !== null, "LGO Referred", referred !== null);
  if (referred) {
    row.notBefore("LGO Referred", referred, last.column, last.on);
    events.push({ type: "lgsco_referred", on: referred });
  }
  if (decision && decided) {
    row.notBefore("LGO Decided", decided, "LGO Referred", referred);
    events.push({ type: "lgsco_decided", on: decided, decision: decision.canonical });
  }
  return events;
}
