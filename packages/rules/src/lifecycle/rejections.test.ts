import { describe, expect, it } from "vitest";
import { adultSocialCareProcedure } from "../procedures/adult-and-public-health";
import { childrensStatutoryProcedure } from "../procedures/childrens-statutory";
import { defineCorporateProcedure, lgscoComplaintHandlingCode } from "../procedures/corporate";
import type { ProcedureDefinition } from "../procedures/definition";
import { applyEvent, deriveCase } from "./derive";
import { LIFECYCLE_ERROR_CODES, LifecycleError, type LifecycleErrorCode } from "./errors";
import type { CaseEventInput } from "./events";
import type { FeedbackKind } from "../vocabulary/canonical";
import { MONDAY, response, stage1Case, stage2Case, wd } from "./testing/fixtures";

const asOf = "2024-12-31";
const received: CaseEventInput = { type: "received", on: MONDAY };
const decided: CaseEventInput = { type: "procedure_decided", on: MONDAY, procedure: "childrens_statutory" };
const corporate = defineCorporateProcedure({
  acknowledgementWorkingDays: 3,
  stages: [
    { stage: "stage1", workingDays: 10, from: "receipt" },
    { stage: "stage2", workingDays: 20, from: "request" },
  ],
});

interface Row {
  name: string;
  events: CaseEventInput[];
  code: LifecycleErrorCode;
  index: number;
  message: string;
  procedure?: ProcedureDefinition;
  kind?: FeedbackKind;
}

const rows: Row[] = [
  {
    name: "an adjudication before a Stage 2 exists",
    events: [...stage1Case(8), { type: "adjudication_sent", on: wd(20) }],
    code: "stage_not_started",
    index: 4,
    message: "There is no Stage 2 yet: Stage 2 must be requested or started before a Stage 2 adjudication can be recorded.",
  },
  {
    name: "a response dated before receipt",
    events: [received, response("stage1", "2023-01-02")],
    code: "before_receipt",
    index: 1,
    message: "The Stage 1 response is dated 2023-01-02, before the complaint was received on 2023-01-09.",
  },
  {
    name: "a second Stage 1 response",
    events: [...stage1Case(8), response("stage1", wd(9))],
    code: "duplicate_event",
    index: 4,
    message: "Stage 1 already has its response (sent on 2023-01-19); a stage has one response.",
  },
  {
    name: "a case without its receipt",
    events: [{ type: "acknowledged", on: MONDAY }],
    code: "missing_receipt",
    index: 0,
    message: "A case starts with the complaint's receipt: record when the complaint was received first.",
  },
  {
    name: "a second receipt",
    events: [received, { type: "received", on: wd(1) }],
    code: "duplicate_event",
    index: 1,
    message: "The complaint's receipt is already recorded (2023-01-09); a case has one receipt.",
  },
  {
    name: "an event dated after today",
    events: [received, { type: "acknowledged", on: "2025-01-02" }],
    code: "after_as_of",
    index: 1,
    message: "The acknowledgement is dated 2025-01-02, which is after today (2024-12-31).",
  },
  {
    name: "grounds arising after the complaint",
    events: [{ type: "received", on: MONDAY, groundsAroseOn: "2023-02-01" }],
    code: "grounds_after_receipt",
    index: 0,
    message: "The grounds for the complaint (2023-02-01) cannot arise after the complaint was received (2023-01-09).",
  },
  {
    name: "an invalid date",
    events: [received, { type: "acknowledged", on: "2023-02-29" }],
    code: "invalid_event",
    index: 1,
    message: "Event 2 (acknowledged) is not valid: on: must be a real calendar date written YYYY-MM-DD.",
  },
  {
    name: "an unknown event",
    events: [received, { type: "reconsidered", on: MONDAY } as unknown as CaseEventInput],
    code: "invalid_event",
    index: 1,
    message: "Event 2 (reconsidered) is not valid: type:",
  },
  {
    name: "a response with no outcome",
    events: [received, { type: "response_sent", on: MONDAY, stage: "stage1", outcomes: [] }],
    code: "invalid_event",
    index: 1,
    message: "outcomes: a response needs an outcome for at least one point of complaint",
  },
  {
    name: "a Stage 2 'response' instead of the adjudication",
    events: [...stage2Case().slice(0, -1), response("stage2", wd(30))],
    code: "wrong_response_event",
    index: 8,
    message: "At Stage 2 the response is the Stage 2 adjudication: record that, with the outcome for each point of complaint.",
  },
  {
    name: "an adjudication before the statement of complaint is agreed",
    events: [...stage1Case(8), { type: "escalation_requested", on: wd(10), to: "stage2" }, { type: "adjudication_sent", on: wd(20) }],
    code: "out_of_order",
    index: 5,
    message:
      "The Stage 2 adjudication cannot be recorded before the agreed statement of complaint: Stage 2 adjudication: 25 working days from the agreed statement of complaint, extendable to 65 (SI 2006/1738 reg 17).",
  },
  {
    name: "a second adjudication",
    events: [...stage2Case(), { type: "adjudication_sent", on: wd(36) }],
    code: "duplicate_event",
    index: 9,
    message: "Stage 2 already has its response (sent on 2023-02-27); a stage has one response.",
  },
  {
    name: "a second statement of complaint",
    events: [...stage2Case().slice(0, 6), { type: "statement_agreed", on: wd(16) }],
    code: "duplicate_event",
    index: 6,
    message: "The agreed statement of complaint was already recorded on 2023-01-30; it can be recorded only once.",
  },
  {
    name: "a review panel meeting before it was requested",
    events: [...stage2Case(), { type: "panel_held", on: wd(40) }],
    code: "stage_not_started",
    index: 9,
    message: "There is no Stage 3 yet: Stage 3 must be requested or started before a review panel meeting can be recorded.",
  },
  {
    name: "a panel report before the panel met",
    events: [...stage2Case(), { type: "panel_requested", on: wd(40) }, { type: "panel_reported", on: wd(45) }],
    code: "out_of_order",
    index: 10,
    message:
      "The review panel's report cannot be recorded before the review panel meeting: Panel report within 5 working days of the panel meeting (SI 2006/1738 reg 20).",
  },
  {
    name: "asking for Stage 2 before the Stage 1 response",
    events: [received, decided, { type: "escalation_requested", on: wd(3), to: "stage2" }],
    code: "previous_stage_open",
    index: 2,
    message: `Stage 2 cannot be requested while Stage 1 is open and in time: its response is due on ${wd(10)} (SI 2006/1738 reg 14). Record the Stage 1 response, or the request once Stage 1 is overdue.`,
  },
  {
    name: "starting Stage 2 while Stage 1 is open, without saying who agreed",
    events: [received, decided, { type: "stage_started", on: wd(3), stage: "stage2" }],
    code: "previous_stage_open",
    index: 2,
    message:
      "Stage 2 cannot begin while Stage 1 is still open: record the Stage 1 response first, or start Stage 2 by agreement with the complainant, saying who agreed.",
  },
  {
    name: "asking for Stage 2 when there has been no Stage 1",
    events: [received, { type: "escalation_requested", on: wd(3), to: "stage2" }],
    code: "previous_stage_open",
    index: 1,
    message: "Stage 2 can only follow a Stage 1 response, and there has been none.",
  },
  {
    name: "starting Stage 3 without Stage 2",
    events: [...stage1Case(8), { type: "stage_started", on: wd(10), stage: "stage3" }],
    code: "previous_stage_open",
    index: 4,
    message: "Stage 3 can only follow a Stage 2 response, and there has been none.",
  },
  {
    name: "asking for Stage 2 twice",
    events: [
      ...stage1Case(8),
      { type: "escalation_requested", on: wd(10), to: "stage2" },
      { type: "escalation_requested", on: wd(11), to: "stage2" },
    ],
    code: "stage_already_started",
    index: 5,
    message: "Stage 2 was already requested on 2023-01-23.",
  },
  {
    name: "starting Stage 2 twice",
    events: [...stage1Case(8), { type: "stage_started", on: wd(10), stage: "stage2" }, { type: "stage_started", on: wd(11), stage: "stage2" }],
    code: "stage_already_started",
    index: 5,
    message: "Stage 2 already started on 2023-01-23.",
  },
  {
    name: "starting Stage 1 again after its response",
    events: [...stage1Case(8), { type: "stage_started", on: wd(10), stage: "stage1" }],
    code: "stage_finished",
    index: 4,
    message: "Stage 1 was answered on 2023-01-19; it cannot start again.",
  },
  {
    name: "starting Stage 1 once the case is at Stage 2",
    events: [received, { type: "stage_started", on: wd(1), stage: "stage2" }, { type: "stage_started", on: wd(2), stage: "stage1" }],
    code: "stage_finished",
    index: 2,
    message: "The case is already at Stage 2 (since 2023-01-10); Stage 1 cannot begin now.",
  },
  {
    name: "a Stage 1 response once the case went straight to Stage 2",
    events: [received, { type: "stage_started", on: wd(1), stage: "stage2" }, response("stage1", wd(2))],
    code: "stage_finished",
    index: 2,
    message: "Stage 1 is over: the case moved to Stage 2 on 2023-01-10, so the Stage 1 response cannot be recorded.",
  },
  {
    name: "an extension after the stage's response",
    events: [...stage1Case(8), { type: "extension_agreed", on: wd(9), stage: "stage1", totalWorkingDays: 20, reason: "late" }],
    code: "stage_finished",
    index: 4,
    message: "Stage 1 was answered on 2023-01-19; an extension of Stage 1 cannot come after the stage's response.",
  },
  {
    name: "a Stage 1 extension beyond 20 working days",
    events: [received, decided, { type: "extension_agreed", on: wd(5), stage: "stage1", totalWorkingDays: 25, reason: "complex" }],
    code: "extension_too_long",
    index: 2,
    message: "Stage 1 can be extended to at most 20 working days in all (SI 2006/1738 reg 14); 25 were agreed.",
  },
  {
    name: "a Stage 2 extension beyond 65 working days",
    events: [...stage2Case().slice(0, 6), { type: "extension_agreed", on: wd(20), stage: "stage2", totalWorkingDays: 70, reason: "complex" }],
    code: "extension_too_long",
    index: 6,
    message: "Stage 2 can be extended to at most 65 working days in all (SI 2006/1738 reg 17); 70 were agreed.",
  },
  {
    name: "an extension no longer than the timescale",
    events: [received, decided, { type: "extension_agreed", on: wd(5), stage: "stage1", totalWorkingDays: 10, reason: "complex" }],
    code: "extension_not_longer",
    index: 2,
    message: "An extension must be longer than the current Stage 1 timescale of 10 working days; 10 were agreed.",
  },
  {
    // Issue 8: received 5 Nov, Stage 1 due 19 Nov, an extension dated 1 Dec would have made a 2 Dec response "met".
    name: "a Stage 1 extension agreed after the deadline it extends",
    events: [
      { type: "received", on: "2024-11-05" },
      { type: "procedure_decided", on: "2024-11-05", procedure: "childrens_statutory" },
      { type: "extension_agreed", on: "2024-12-02", stage: "stage1", totalWorkingDays: 20, reason: "complex" },
    ],
    code: "extension_too_late",
    index: 2,
    message:
      "An extension must be agreed on or before the deadline it extends (SI 2006/1738 reg 14): the Stage 1 response was due on 2024-11-19, and this extension is dated 2024-12-02. The response is late; record it when it is sent.",
  },
  {
    name: "a Stage 2 extension agreed after the deadline it extends",
    events: [...stage2Case().slice(0, 6), { type: "extension_agreed", on: wd(41), stage: "stage2", totalWorkingDays: 65, reason: "complex" }],
    code: "extension_too_late",
    index: 6,
    message: `An extension must be agreed on or before the deadline it extends (SI 2006/1738 reg 17): the Stage 2 response was due on ${wd(40)}, and this extension is dated ${wd(41)}. The response is late; record it when it is sent.`,
  },
  {
    name: "a second extension no longer than the first",
    events: [
      received,
      decided,
      { type: "extension_agreed", on: wd(5), stage: "stage1", totalWorkingDays: 18, reason: "complex" },
      { type: "extension_agreed", on: wd(6), stage: "stage1", totalWorkingDays: 15, reason: "complex" },
    ],
    code: "extension_not_longer",
    index: 3,
    message: "An extension must be longer than the current Stage 1 timescale of 18 working days; 15 were agreed.",
  },
  {
    name: "extending the review panel timescale",
    events: [
      ...stage2Case(),
      { type: "panel_requested", on: wd(40) },
      { type: "extension_agreed", on: wd(41), stage: "stage3", totalWorkingDays: 60, reason: "x" },
    ],
    code: "extension_not_allowed",
    index: 10,
    message: "The Stage 3 timescale cannot be extended (Review panel meets within 30 working days of the request; SI 2006/1738 reg 19).",
  },
  {
    name: "resuming a case that is not suspended",
    events: [received, { type: "resumed", on: wd(2) }],
    code: "not_suspended",
    index: 1,
    message: "The case is not suspended, so it cannot resume.",
  },
  {
    name: "a response while the case is suspended",
    events: [received, decided, { type: "suspended", on: wd(2), reason: "court proceedings" }, response("stage1", wd(5))],
    code: "suspended",
    index: 3,
    message: "The case has been suspended since 2023-01-11 (court proceedings): record that it resumed before the Stage 1 response.",
  },
  {
    name: "suspending a case twice",
    events: [received, { type: "suspended", on: wd(2), reason: "court" }, { type: "suspended", on: wd(3), reason: "police" }],
    code: "suspended",
    index: 2,
    message: "The case has been suspended since 2023-01-11 (court): record that it resumed before the suspension.",
  },
  {
    name: "an event after closure",
    events: [received, { type: "closed", on: wd(2) }, { type: "acknowledged", on: wd(3) }],
    code: "case_closed",
    index: 2,
    message:
      "The case was closed on 2023-01-11; only reopening it, or the Ombudsman's referral and decision, can be recorded after closure, not an acknowledgement.",
  },
  {
    name: "reopening a case that is not closed",
    events: [received, { type: "reopened", on: wd(2), reason: "new information" }],
    code: "not_closed",
    index: 1,
    message: "The case is not closed, so it cannot be reopened.",
  },
  {
    name: "a response after withdrawal",
    events: [received, decided, { type: "withdrawn", on: wd(2) }, response("stage1", wd(3))],
    code: "case_ended",
    index: 3,
    message:
      "The complaint was withdrawn on 2023-01-11; a Stage 1 response cannot follow (only closure or the Ombudsman's referral and decision can).",
  },
  {
    name: "a stage after the council declined to consider the complaint",
    events: [received, { type: "not_considered", on: wd(2), reason: "court_proceedings" }, { type: "stage_started", on: wd(3), stage: "stage1" }],
    code: "case_ended",
    index: 2,
    message:
      "The council decided on 2023-01-11 not to consider the complaint; a start of Stage 1 cannot follow (only closure or the Ombudsman's referral and decision can).",
  },
  {
    name: "not considering a complaint already answered",
    events: [...stage1Case(8), { type: "not_considered", on: wd(9), reason: "other" }],
    code: "out_of_order",
    index: 4,
    message: 'A complaint can be "not considered" only before its first response; Stage 1 was answered on 2023-01-19.',
  },
  {
    name: "deciding the procedure twice",
    events: [received, decided, { ...decided, on: wd(1) }],
    code: "procedure_already_decided",
    index: 2,
    message: "The procedure was already decided on 2023-01-09; it cannot be decided twice.",
  },
  {
    name: "deciding the procedure after Stage 1 began",
    events: [received, { type: "stage_started", on: wd(1), stage: "stage1" }, { ...decided, on: wd(2) }],
    code: "procedure_after_stage",
    index: 2,
    message: "The procedure must be decided before the complaint is considered; Stage 1 began on 2023-01-10.",
  },
  {
    name: "a procedure other than the rules given",
    events: [received, { type: "procedure_decided", on: MONDAY, procedure: "corporate" }],
    procedure: childrensStatutoryProcedure,
    code: "procedure_mismatch",
    index: 1,
    message:
      "The case was put under the council's corporate procedure, but the rules given are the Children's social care statutory complaints procedure.",
  },
  {
    name: "an Ombudsman decision without a referral",
    events: [received, { type: "lgsco_decided", on: wd(5), decision: "premature" }],
    code: "lgsco_not_referred",
    index: 1,
    message: "Record the referral to the Ombudsman (LGSCO) before its decision.",
  },
  {
    name: "a second referral while the first awaits a decision",
    events: [received, { type: "lgsco_referred", on: wd(5) }, { type: "lgsco_referred", on: wd(6) }],
    code: "duplicate_event",
    index: 2,
    message: "The complaint is already with the Ombudsman (referred on 2023-01-16) and awaits its decision.",
  },
  {
    name: "a further referral after the Ombudsman decided the complaint",
    events: [
      received,
      { type: "lgsco_referred", on: wd(5) },
      { type: "lgsco_decided", on: wd(6), decision: "not_upheld", remedies: [] },
      { type: "lgsco_referred", on: wd(7) },
    ],
    code: "duplicate_event",
    index: 3,
    message:
      "The Ombudsman decided this complaint on 2023-01-17 (not upheld); a further referral is recorded only after a premature or incomplete one.",
  },
  {
    name: "acknowledging twice",
    events: [received, { type: "acknowledged", on: wd(1) }, { type: "acknowledged", on: wd(2) }],
    code: "duplicate_event",
    index: 2,
    message: "The acknowledgement was already recorded on 2023-01-10; it can be recorded only once.",
  },
  {
    name: "acknowledging a Stage 2 request that was never made",
    events: [...stage1Case(8), { type: "acknowledged", on: wd(9), stage: "stage2" }],
    code: "stage_not_started",
    index: 4,
    message: "There is no Stage 2 yet: Stage 2 must be requested or started before an acknowledgement can be recorded.",
  },
  {
    name: "Stage 3 in a single-stage procedure",
    events: [received, response("stage1", wd(5)), { type: "escalation_requested", on: wd(6), to: "stage3" }],
    procedure: adultSocialCareProcedure,
    code: "no_such_stage",
    index: 2,
    message: "The Adult social care complaints procedure has no Stage 3.",
  },
  {
    name: "a Stage 2 response in a single-stage procedure",
    events: [received, response("stage2", wd(5))],
    procedure: adultSocialCareProcedure,
    code: "no_such_stage",
    index: 1,
    message: "The Adult social care complaints procedure has no Stage 2, so the Stage 2 response cannot be recorded.",
  },
  {
    name: "a statement of complaint in the corporate procedure",
    events: [received, { type: "statement_agreed", on: wd(2) }],
    procedure: corporate,
    code: "no_such_stage",
    index: 1,
    message: "The Council corporate complaints procedure has no agreed statement of complaint, so it cannot be recorded.",
  },
  {
    name: "acknowledging a stage a single-stage procedure does not have",
    events: [received, { type: "acknowledged", on: wd(1), stage: "stage2" }],
    procedure: adultSocialCareProcedure,
    code: "no_such_stage",
    index: 1,
    message: "The Adult social care complaints procedure has no Stage 2, so the acknowledgement cannot be recorded.",
  },
  {
    name: "a Stage 1 response before the acknowledgement under the LGSCO Code",
    events: [received, response("stage1", wd(5))],
    procedure: lgscoComplaintHandlingCode,
    code: "out_of_order",
    index: 1,
    message:
      "The Stage 1 response cannot be recorded before the acknowledgement: Stage 1 response: 10 working days from acknowledgement, extendable to 20 (LGSCO Complaint Handling Code (applies from 1 April 2026)).",
  },
  {
    name: "asking for Stage 1",
    events: [received, { type: "panel_requested", on: wd(1) }],
    procedure: corporate,
    code: "no_such_stage",
    index: 1,
    message: "The Council corporate complaints procedure has no Stage 3.",
  },
  {
    name: "a Stage 1 response to a compliment",
    events: [received, response("stage1", wd(2))],
    code: "not_for_kind",
    index: 1,
    message: "A compliment is received, acknowledged and closed: it has no Stage 1 response. Record it as a complaint if it is one.",
    kind: "compliment",
  },
  {
    name: "a decision in part on a ground that covers the whole complaint",
    events: [received, decided, { type: "not_considered", on: wd(2), reason: "another_organisation", points: ["1"] }],
    code: "not_in_part",
    index: 2,
    message: "Only a decision under SI 2006/1738 reg 8 may leave out some points of complaint",
  },
  {
    name: "a reg 9 decision on a complaint made within the year",
    events: [
      { type: "received", on: MONDAY, groundsAroseOn: "2022-06-01" },
      decided,
      { type: "not_considered", on: wd(2), reason: "out_of_time", discretionExercised: false },
    ],
    code: "not_late",
    index: 2,
    message: "within 12 months of the grounds arising (2022-06-01): SI 2006/1738 reg 9",
  },
  {
    name: "an outcome for a point the council decided not to consider",
    events: [received, decided, { type: "not_considered", on: wd(2), reason: "court_proceedings", points: ["p1"] }, response("stage1", wd(8))],
    code: "point_not_considered",
    index: 3,
    message: "Point of complaint p1 was not considered",
  },
];

describe("events that do not fit are rejected with a message a complaints officer understands", () => {
  it.each(rows)("$name → $code", ({ events, code, index, message, procedure, kind }) => {
    const run = () => deriveCase(events, { asOf, ...(procedure ? { procedure } : {}), ...(kind ? { kind } : {}) });
    expect(run).toThrow(LifecycleError);
    try {
      run();
    } catch (error) {
      const e = error as LifecycleError;
      expect({ code: e.code, eventIndex: e.eventIndex }).toEqual({ code, eventIndex: index });
      expect(e.message).toContain(message);
    }
  });
});

describe("the rejection table", () => {
  it("has a row for every error code", () => {
    expect([...new Set(rows.map((r) => r.code))].sort()).toEqual([...LIFECYCLE_ERROR_CODES].sort());
  });
});

describe("applyEvent", () => {
  it("returns the case with the new event", () => {
    const derived = applyEvent(stage1Case(8).slice(0, 3), response("stage1", wd(8)), { asOf });
    expect(derived.stages[0]?.respondedOn).toBe(wd(8));
  });

  it("rejects the new event with its index", () => {
    const existing = stage1Case(8);
    expect(() => applyEvent(existing, response("stage1", wd(9)), { asOf })).toThrow(
      expect.objectContaining({ code: "duplicate_event", eventIndex: existing.length }),
    );
  });

  it("sorts a back-dated event into place", () => {
    const derived = applyEvent([received, decided, response("stage1", wd(8))], { type: "acknowledged", on: wd(1) }, { asOf });
    expect(derived.events.map((e) => e.type)).toEqual(["received", "procedure_decided", "acknowledged", "response_sent"]);
    expect(derived.acknowledgement.met).toBe(true);
  });
});
