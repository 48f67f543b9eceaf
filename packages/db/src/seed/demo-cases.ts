import type { CaseEventInput } from "@csc/rules";
import type { Prisma } from "../../generated/prisma/client";
import { dateFromIso } from "@csc/rules";

/**
 * A handful of demo cases per council: the facts an officer records and the case's events. The seed runs
 * the events through the rules engine (deriveCase) and stores what it derives, as the gateway does.
 * Dates are fixed (financial year 2025/26) so the demo is the same on every machine.
 */
export const DEMO_AS_OF = "2026-03-31";

type DemoLookups = {
  teamId: (code: string) => string;
  entryId: (kind: string, code: string) => string;
};

type Theme = Prisma.PointOfComplaintCreateManyInput["theme"];
type ServiceArea = Prisma.CaseTeamCreateManyInput["serviceArea"];

type DemoCase = {
  reference: string;
  /** Recorded facts only: the derived columns come from the rules engine. */
  data: Omit<Prisma.CaseUncheckedCreateInput, "councilId" | "reference" | "status">;
  events: CaseEventInput[];
  points: { ref: string; category: string; reason: string | null; theme: Theme }[];
  teams: { code: string; serviceArea: ServiceArea }[];
  narrative: string;
};

const d = dateFromIso;

/** The demo cases of one council; `prefix` makes references unique per council (e.g. "DN"). */
export function demoCases(prefix: string, ids: DemoLookups): DemoCase[] {
  const complaint = { kind: "complaint" as const, localKind: "COMPLAINT", kindEntryId: ids.entryId("feedback_kind", "COMPLAINT") };
  return [
    {
      reference: `${prefix}-2526-001`,
      data: {
        ...complaint,
        receivedOn: d("2026-01-05"),
        channel: "via_advocate",
        localChannel: "ADV",
        channelEntryId: ids.entryId("channel", "ADV"),
        complainantRelationship: "child_or_young_person",
        localComplainantType: "CYP",
        complainantTypeEntryId: ids.entryId("complainant_type", "CYP"),
        madeByChild: true,
        madeForChild: false,
        advocacyOffered: true,
        advocacyTaken: true,
        advocacyProvider: "Independent advocacy service",
        gender: "not_given",
        ethnicity: "not_given",
        disability: "not_given",
        ageBand: "13-15",
        teamId: ids.teamId("CICT"),
      },
      events: [
        { type: "received", on: "2026-01-05" },
        { type: "acknowledged", on: "2026-01-07" },
        { type: "procedure_decided", on: "2026-01-07", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2026-01-07", stage: "stage1" },
        {
          type: "response_sent",
          on: "2026-01-16",
          stage: "stage1",
          outcomes: [
            { pointId: "P1", outcome: "upheld" },
            { pointId: "P2", outcome: "not_upheld" },
          ],
        },
        { type: "closed", on: "2026-02-16" },
      ],
      points: [
        { ref: "P1", category: "COMMS", reason: "COMMS-NORESP", theme: "communication" },
        { ref: "P2", category: "DEC", reason: "DEC-PLAN", theme: "decision_making" },
      ],
      teams: [{ code: "CICT", serviceArea: "children_in_care" }],
      narrative: "Demo: the young person's social worker did not return calls about a change to the care plan.",
    },
    {
      reference: `${prefix}-2526-002`,
      data: {
        ...complaint,
        receivedOn: d("2026-03-16"),
        channel: "email",
        localChannel: "EMAIL",
        channelEntryId: ids.entryId("channel", "EMAIL"),
        complainantRelationship: "parent",
        localComplainantType: "PARENT",
        complainantTypeEntryId: ids.entryId("complainant_type", "PARENT"),
        madeByChild: false,
        madeForChild: true,
        teamId: ids.teamId("CA"),
      },
      events: [
        { type: "received", on: "2026-03-16" },
        { type: "acknowledged", on: "2026-03-17" },
        { type: "procedure_decided", on: "2026-03-17", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2026-03-17", stage: "stage1" },
      ],
      points: [{ ref: "P1", category: "STAFF", reason: "STAFF-ATT", theme: "staff_attitude_conduct" }],
      teams: [{ code: "CA", serviceArea: "front_door_assessment" }],
      narrative: "Demo: a parent is unhappy with how an assessment visit was handled.",
    },
    {
      reference: `${prefix}-2526-003`,
      data: {
        ...complaint,
        receivedOn: d("2026-01-12"),
        channel: "phone",
        localChannel: "PHONE",
        channelEntryId: ids.entryId("channel", "PHONE"),
        complainantRelationship: "foster_carer",
        localComplainantType: "FC",
        complainantTypeEntryId: ids.entryId("complainant_type", "FC"),
        madeByChild: false,
        madeForChild: true,
        teamId: ids.teamId("CPT"),
      },
      events: [
        { type: "received", on: "2026-01-12" },
        { type: "acknowledged", on: "2026-01-13" },
        { type: "procedure_decided", on: "2026-01-13", procedure: "childrens_statutory" },
        { type: "stage_started", on: "2026-01-13", stage: "stage1" },
        { type: "response_sent", on: "2026-01-23", stage: "stage1", outcomes: [{ pointId: "P1", outcome: "not_upheld" }] },
        { type: "escalation_requested", on: "2026-02-02", to: "stage2" },
        { type: "statement_agreed", on: "2026-02-09" },
        { type: "investigator_appointed", on: "2026-02-10", role: "investigating_officer" },
        { type: "investigator_appointed", on: "2026-02-10", role: "independent_person" },
      ],
      points: [{ ref: "P1", category: "CONTACT", reason: null, theme: "contact_arrangements" }],
      teams: [{ code: "CPT", serviceArea: "safeguarding_child_protection" }],
      narrative: "Demo: a foster carer disagrees with the family time arrangements.",
    },
    {
      reference: `${prefix}-2526-004`,
      data: {
        kind: "compliment",
        localKind: "COMPLIMENT",
        kindEntryId: ids.entryId("feedback_kind", "COMPLIMENT"),
        receivedOn: d("2026-01-20"),
        channel: "email",
        localChannel: "EMAIL",
        channelEntryId: ids.entryId("channel", "EMAIL"),
        complainantRelationship: "care_leaver",
        localComplainantType: "CL",
        complainantTypeEntryId: ids.entryId("complainant_type", "CL"),
        teamId: ids.teamId("LCT"),
        localDimensions: { cause: "support" },
      },
      events: [
        { type: "received", on: "2026-01-20" },
        { type: "closed", on: "2026-01-20" },
      ],
      points: [],
      teams: [{ code: "LCT", serviceArea: "leaving_care" }],
      narrative: "Demo: thanks to a personal adviser for help finding a flat.",
    },
    {
      reference: `${prefix}-2526-005`,
      data: {
        kind: "member_enquiry",
        localKind: "ME",
        kindEntryId: ids.entryId("feedback_kind", "ME"),
        receivedOn: d("2026-02-10"),
        channel: "email",
        localChannel: "EMAIL",
        channelEntryId: ids.entryId("channel", "EMAIL"),
        complainantRelationship: "councillor_or_mp",
        teamId: ids.teamId("CA"),
      },
      events: [
        { type: "received", on: "2026-02-10" },
        { type: "closed", on: "2026-02-17" },
      ],
      points: [],
      teams: [{ code: "CA", serviceArea: "front_door_assessment" }],
      narrative: "Demo: a councillor asks about waiting times for assessments.",
    },
  ];
}
