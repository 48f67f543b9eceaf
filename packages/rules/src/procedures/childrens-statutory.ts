import { type ProcedureDefinition, procedureDefinitionSchema } from "./definition";

/**
 * The children's social care statutory procedure: Children Act 1989 s.26(3) and the Children Act 1989
 * Representations Procedure (England) Regulations 2006 (SI 2006/1738), with the statutory guidance
 * "Getting the Best from Complaints" (DfES, 2006).
 */
export const DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS = 3;

export const childrensStatutoryProcedure: ProcedureDefinition = procedureDefinitionSchema.parse({
  id: "childrens_statutory",
  procedure: "childrens_statutory",
  name: "Children's social care statutory complaints procedure",
  source: "Children Act 1989 s.26(3); SI 2006/1738",
  timeLimit: { months: 12, source: "SI 2006/1738 reg 9" },
  acknowledgement: {
    id: "acknowledgement",
    label: "Acknowledgement (no statutory figure; the council sets its own target, 3 working days unless configured)",
    workingDays: DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS,
    startsAt: "received",
    endsAt: "acknowledged",
    source: "local policy",
    statutory: false,
  },
  stages: [
    {
      stage: "stage1",
      label: "Stage 1: local resolution",
      responseEvent: "response_sent",
      timescaleClock: "stage1",
      clocks: [
        {
          id: "stage1",
          label: "Stage 1 response: 10 working days from receipt, extendable to 20 in all",
          workingDays: 10,
          maxWorkingDays: 20,
          startsAt: "received",
          endsAt: "response_sent",
          source: "SI 2006/1738 reg 14",
          statutory: true,
          bands: [10, 20, 40],
        },
      ],
    },
    {
      stage: "stage2",
      label: "Stage 2: investigation",
      responseEvent: "adjudication_sent",
      timescaleClock: "stage2",
      events: ["statement_agreed", "investigator_appointed"],
      mayBeginWithoutPreviousStage: true,
      clocks: [
        {
          id: "stage2_request",
          label: "Request for Stage 2: within 20 working days of the Stage 1 response",
          kind: "request_window",
          workingDays: 20,
          startsAt: "response_sent",
          startsAtStage: "stage1",
          endsAt: "escalation_requested",
          source: "SI 2006/1738 reg 14",
          statutory: true,
        },
        {
          id: "stage2",
          label: "Stage 2 adjudication: 25 working days from the agreed statement of complaint, extendable to 65",
          workingDays: 25,
          maxWorkingDays: 65,
          startsAt: "statement_agreed",
          endsAt: "adjudication_sent",
          source: "SI 2006/1738 reg 17",
          statutory: true,
          bands: [25, 65],
        },
      ],
    },
    {
      stage: "stage3",
      label: "Stage 3: review panel",
      responseEvent: "council_responded",
      // The regulations set the panel's timescale (reg 19) and then the report's and the council's response's (reg 20),
      // each from the one before; they set no limit for the stage in all. Stage 3 is reported on the panel.
      timescaleClock: "stage3_panel",
      events: ["panel_requested"],
      clocks: [
        {
          id: "stage3_request",
          label: "Request for a review panel: within 20 working days of the Stage 2 adjudication",
          kind: "request_window",
          workingDays: 20,
          startsAt: "adjudication_sent",
          startsAtStage: "stage2",
          endsAt: "escalation_requested",
          source: "SI 2006/1738 reg 18",
          statutory: true,
        },
        {
          id: "stage3_panel",
          label: "Review panel meets within 30 working days of the request",
          workingDays: 30,
          startsAt: "escalation_requested",
          endsAt: "panel_held",
          source: "SI 2006/1738 reg 19",
          statutory: true,
          bands: [30],
        },
        {
          id: "stage3_panel_report",
          label: "Panel report within 5 working days of the panel meeting",
          workingDays: 5,
          startsAt: "panel_held",
          endsAt: "panel_reported",
          source: "SI 2006/1738 reg 20",
          statutory: true,
        },
        {
          id: "stage3_council_response",
          label: "Council's response within 15 working days of receiving the panel's report",
          workingDays: 15,
          startsAt: "panel_reported",
          endsAt: "council_responded",
          source: "SI 2006/1738 reg 20",
          statutory: true,
        },
      ],
    },
  ],
});
