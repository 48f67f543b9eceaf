import { addWorkingDays, workingDaysBetween, type CaseEventInput, type IsoDate } from "@csc/rules";
import type { Prisma } from "../../generated/prisma/client";

/**
 * A handful of demo cases per council, each with its event log and the derived columns the gateway would
 * store. Dates are fixed (financial year 2025/26) so the demo is the same on every machine.
 * Timescales: acknowledgement 3 working days (local policy, demo councils' settings); Stage 1 response
 * 10 working days (SI 2006/1738 reg 14); Stage 2 25 working days from the agreed statement (regs 16–17).
 */
const ACK_DAYS = 3; // local policy
const STAGE1_DAYS = 10; // SI 2006/1738 reg 14
const STAGE2_DAYS = 25; // SI 2006/1738 regs 16–17

export type DemoLookups = {
  teamId: (code: string) => string;
  entryId: (kind: string, code: string) => string;
};

type DemoPoint = { ref: string; category: string; reason: string | null; theme: Prisma.PointOfComplaintCreateManyInput["theme"] };

export type DemoCase = {
  reference: string;
  data: Omit<Prisma.CaseUncheckedCreateInput, "councilId" | "reference">;
  events: CaseEventInput[];
  stages: Omit<Prisma.CaseStageCreateManyInput, "councilId" | "caseId">[];
  points: DemoPoint[];
  pointOutcomes: { ref: string; stage: "stage1" | "stage2" | "stage3"; outcome: Prisma.PointOutcomeCreateManyInput["outcome"]; localOutcome: string }[];
  teams: { code: string; serviceArea: Prisma.CaseTeamCreateManyInput["serviceArea"] }[];
  narrative: string;
};

const d = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

function stage1(startedOn: IsoDate, respondedOn: IsoDate | null, outcome: "upheld" | "partially_upheld" | "not_upheld" | null, localOutcome: string | null) {
  const dueOn = addWorkingDays(startedOn, STAGE1_DAYS);
  const taken = respondedOn ? workingDaysBetween(startedOn, respondedOn) : null;
  return {
    stage: "stage1" as const,
    startedOn: d(startedOn),
    timescaleWorkingDays: STAGE1_DAYS,
    dueOn: d(dueOn),
    respondedOn: respondedOn ? d(respondedOn) : null,
    workingDaysTaken: taken,
    met: taken === null ? null : taken <= STAGE1_DAYS,
    band: taken === null ? null : taken <= 10 ? "within_10" : taken <= 20 ? "within_20" : taken <= 40 ? "within_40" : "over_40",
    outcome,
    localOutcome,
  };
}

/** The demo cases of one council; `prefix` makes references unique per council (e.g. "DN"). */
export function demoCases(prefix: string, ids: DemoLookups): DemoCase[] {
  const ack = (received: IsoDate, on: IsoDate) => ({
    acknowledgementDueOn: d(addWorkingDays(received, ACK_DAYS)),
    acknowledgedOn: d(on),
    acknowledgementMet: workingDaysBetween(received, on) <= ACK_DAYS,
  });
  return [
    {
      reference: `${prefix}-2526-001`,
      data: {
        kind: "complaint", localKind: "COMPLAINT", kindEntryId: ids.entryId("feedback_kind", "COMPLAINT"),
        procedure: "childrens_statutory", receivedOn: d("2026-01-05"),
        channel: "via_advocate", localChannel: "ADV", channelEntryId: ids.entryId("channel", "ADV"),
        complainantRelationship: "child_or_young_person", localComplainantType: "CYP",
        complainantTypeEntryId: ids.entryId("complainant_type", "CYP"),
        madeByChild: true, madeForChild: false, advocacyOffered: true, advocacyTaken: true, advocacyProvider: "Independent advocacy service",
        gender: "not_given", ethnicity: "not_given", disability: "not_given", ageBand: "13-15",
        teamId: ids.teamId("CICT"), currentStage: "stage1", status: "closed", closedOn: d("2026-01-19"),
        ...ack("2026-01-05", "2026-01-07"),
      },
      events: [
        { type: "received", on: "2026-01-05" },
        { type: "acknowledged", on: "2026-01-07" },
        { type: "procedure_decided", on: "2026-01-07", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2026-01-05", stage: "stage1" },
        { type: "response_sent", on: "2026-01-16", stage: "stage1", outcomes: [{ pointId: "P1", outcome: "upheld" }, { pointId: "P2", outcome: "not_upheld" }] },
        { type: "closed", on: "2026-01-19" },
      ],
      stages: [stage1("2026-01-05", "2026-01-16", "partially_upheld", "PARTLY")],
      points: [
        { ref: "P1", category: "COMMS", reason: "COMMS-NORESP", theme: "communication" },
        { ref: "P2", category: "DEC", reason: "DEC-PLAN", theme: "decision_making" },
      ],
      pointOutcomes: [
        { ref: "P1", stage: "stage1", outcome: "upheld", localOutcome: "UPHELD" },
        { ref: "P2", stage: "stage1", outcome: "not_upheld", localOutcome: "NOT" },
      ],
      teams: [{ code: "CICT", serviceArea: "children_in_care" }],
      narrative: "Demo: the young person's social worker did not return calls about a change to the care plan.",
    },
    {
      reference: `${prefix}-2526-002`,
      data: {
        kind: "complaint", localKind: "COMPLAINT", kindEntryId: ids.entryId("feedback_kind", "COMPLAINT"),
        procedure: "childrens_statutory", receivedOn: d("2026-02-02"),
        channel: "email", localChannel: "EMAIL", channelEntryId: ids.entryId("channel", "EMAIL"),
        complainantRelationship: "parent", localComplainantType: "PARENT", complainantTypeEntryId: ids.entryId("complainant_type", "PARENT"),
        madeByChild: false, madeForChild: true, advocacyOffered: null, advocacyTaken: null,
        teamId: ids.teamId("CA"), currentStage: "stage1", status: "in_stage",
        nextDueOn: d(addWorkingDays("2026-02-02", STAGE1_DAYS)),
        ...ack("2026-02-02", "2026-02-03"),
      },
      events: [
        { type: "received", on: "2026-02-02" },
        { type: "acknowledged", on: "2026-02-03" },
        { type: "procedure_decided", on: "2026-02-03", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2026-02-02", stage: "stage1" },
      ],
      stages: [stage1("2026-02-02", null, null, null)],
      points: [{ ref: "P1", category: "STAFF", reason: "STAFF-ATT", theme: "staff_attitude_conduct" }],
      pointOutcomes: [],
      teams: [{ code: "CA", serviceArea: "front_door_assessment" }],
      narrative: "Demo: a parent is unhappy with how an assessment visit was handled.",
    },
    {
      reference: `${prefix}-2526-003`,
      data: {
        kind: "complaint", localKind: "COMPLAINT", kindEntryId: ids.entryId("feedback_kind", "COMPLAINT"),
        procedure: "childrens_statutory", receivedOn: d("2025-10-01"),
        channel: "phone", localChannel: "PHONE", channelEntryId: ids.entryId("channel", "PHONE"),
        complainantRelationship: "foster_carer", localComplainantType: "FC", complainantTypeEntryId: ids.entryId("complainant_type", "FC"),
        madeByChild: false, madeForChild: true,
        teamId: ids.teamId("CPT"), currentStage: "stage2", status: "in_stage",
        nextDueOn: d(addWorkingDays("2025-10-27", STAGE2_DAYS)),
        ...ack("2025-10-01", "2025-10-02"),
      },
      events: [
        { type: "received", on: "2025-10-01" },
        { type: "acknowledged", on: "2025-10-02" },
        { type: "procedure_decided", on: "2025-10-02", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2025-10-01", stage: "stage1" },
        { type: "response_sent", on: "2025-10-14", stage: "stage1", outcomes: [{ pointId: "P1", outcome: "not_upheld" }] },
        { type: "escalation_requested", on: "2025-10-20", to: "stage2" },
        { type: "statement_agreed", on: "2025-10-27" },
        { type: "stage_started", on: "2025-10-27", stage: "stage2" },
        { type: "investigator_appointed", on: "2025-10-28", role: "investigating_officer" },
        { type: "investigator_appointed", on: "2025-10-28", role: "independent_person" },
      ],
      stages: [
        stage1("2025-10-01", "2025-10-14", "not_upheld", "NOT"),
        {
          stage: "stage2", startedOn: d("2025-10-27"), timescaleWorkingDays: STAGE2_DAYS,
          dueOn: d(addWorkingDays("2025-10-27", STAGE2_DAYS)), respondedOn: null, workingDaysTaken: null,
          met: null, band: null, outcome: null, localOutcome: null,
        },
      ],
      points: [{ ref: "P1", category: "CONTACT", reason: null, theme: "contact_arrangements" }],
      pointOutcomes: [{ ref: "P1", stage: "stage1", outcome: "not_upheld", localOutcome: "NOT" }],
      teams: [{ code: "CPT", serviceArea: "safeguarding_child_protection" }],
      narrative: "Demo: a foster carer disagrees with the family time arrangements.",
    },
    {
      reference: `${prefix}-2526-004`,
      data: {
        kind: "compliment", localKind: "COMPLIMENT", kindEntryId: ids.entryId("feedback_kind", "COMPLIMENT"),
        receivedOn: d("2026-01-20"), channel: "email", localChannel: "EMAIL", channelEntryId: ids.entryId("channel", "EMAIL"),
        complainantRelationship: "care_leaver", localComplainantType: "CL", complainantTypeEntryId: ids.entryId("complainant_type", "CL"),
        teamId: ids.teamId("LCT"), status: "closed", closedOn: d("2026-01-20"),
        localDimensions: { cause: "support" },
      },
      events: [
        { type: "received", on: "2026-01-20" },
        { type: "closed", on: "2026-01-20" },
      ],
      stages: [],
      points: [],
      pointOutcomes: [],
      teams: [{ code: "LCT", serviceArea: "leaving_care" }],
      narrative: "Demo: thanks to a personal adviser for help finding a flat.",
    },
    {
      reference: `${prefix}-2526-005`,
      data: {
        kind: "member_enquiry", localKind: "ME", kindEntryId: ids.entryId("feedback_kind", "ME"),
        receivedOn: d("2026-02-10"), channel: "email", localChannel: "EMAIL", channelEntryId: ids.entryId("channel", "EMAIL"),
        complainantRelationship: "councillor_or_mp", teamId: ids.teamId("CA"), status: "closed", closedOn: d("2026-02-17"),
      },
      events: [
        { type: "received", on: "2026-02-10" },
        { type: "closed", on: "2026-02-17" },
      ],
      stages: [],
      points: [],
      pointOutcomes: [],
      teams: [{ code: "CA", serviceArea: "front_door_assessment" }],
      narrative: "Demo: a councillor asks about waiting times for assessments.",
    },
  ];
}
