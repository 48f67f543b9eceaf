import { describe, expect, it } from "vitest";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { type ActionContext, buildVariables, validateAction } from "./action-input";
import { offeredForms } from "./action-offers";

function caseWith(over: Partial<CaseDetail>): CaseDetail {
  return {
    id: "c1",
    version: 7,
    closedOn: null,
    withdrawnOn: null,
    stages: [],
    points: [],
    reviewPanels: [],
    clocks: [],
    allowedActionDetails: [],
    ...over,
  } as CaseDetail;
}

const titles = (detail: CaseDetail) => offeredForms(detail).map((f) => f.title);

describe("the actions the case page offers", () => {
  it("offers a stage request's acknowledgement by its stage, and sends the stage as the mutation's argument", () => {
    const detail = caseWith({ allowedActionDetails: [{ action: "ACKNOWLEDGE_CASE", stage: "STAGE_2" }] });
    const [form] = offeredForms(detail).filter((f) => f.action === "acknowledgeCase");
    expect(form?.title).toBe("Acknowledge the Stage 2 request");
    const variables = buildVariables(
      form!,
      { on: "2026-12-04" },
      {},
      { caseId: "c1", version: 7, stage: "STAGE_2", pointCount: 0, recommendationSeqs: [] },
    );
    expect(variables).toEqual({ input: { caseId: "c1", version: 7, on: "2026-12-04" }, stage: "STAGE_2" });
  });

  it("offers only what the rules allow, plus allocation and points on an open case", () => {
    expect(titles(caseWith({ allowedActionDetails: [{ action: "CLOSE_CASE", stage: null }] }))).toEqual([
      "Allocate",
      "Add a point of complaint",
      "Close the case",
    ]);
    expect(titles(caseWith({ closedOn: "2026-12-04", allowedActionDetails: [{ action: "REOPEN_CASE", stage: null }] }))).toEqual(["Reopen the case"]);
  });

  it("starts a later stage only by agreement, asking who agreed; not once the stage is under way", () => {
    const start = { action: "START_STAGE", stage: "STAGE_2" } as const;
    const form = offeredForms(caseWith({ allowedActionDetails: [start] })).find((f) => f.action === "startStage");
    expect(form?.title).toBe("Start Stage 2 by agreement");
    const context: ActionContext = { caseId: "c1", version: 7, stage: "STAGE_2", pointCount: 0, recommendationSeqs: [] };
    expect(validateAction(form!, { on: "2026-12-04" }, {}, context).agreedBy).toBe("Enter who, for the council, agreed it with the complainant");
    expect(buildVariables(form!, { on: "2026-12-04", agreedBy: "Complaints manager" }, {}, context).input).toEqual({
      caseId: "c1",
      version: 7,
      stage: "STAGE_2",
      agreedBy: "Complaints manager",
      on: "2026-12-04",
    });
    const underWay = caseWith({ allowedActionDetails: [start], stages: [{ stage: "STAGE_2" } as CaseDetail["stages"][number]] });
    expect(titles(underWay)).not.toContain("Start Stage 2 by agreement");
  });

  it("does not offer the generic response where the stage has its own answer", () => {
    const detail = caseWith({
      allowedActionDetails: [
        { action: "RECORD_STAGE_RESPONSE", stage: "STAGE_2" },
        { action: "RECORD_ADJUDICATION", stage: null },
      ],
    });
    expect(titles(detail)).toContain("Record the adjudication");
    expect(titles(detail)).not.toContain("Record the Stage 2 response");
  });

  it("the council's response asks for a decision and reason on every recommendation, with the Independent Person", () => {
    const detail = caseWith({
      allowedActionDetails: [{ action: "RECORD_COUNCIL_RESPONSE", stage: null }],
      reviewPanels: [
        {
          recommendations: [
            { seq: 1, summary: "A", accepted: null },
            { seq: 2, summary: "B", accepted: null },
          ],
        } as CaseDetail["reviewPanels"][number],
      ],
    });
    const form = offeredForms(detail).find((f) => f.action === "recordCouncilResponse")!;
    const context = { caseId: "c1", version: 7, stage: null, pointCount: 0, recommendationSeqs: [1, 2] };
    const errors = validateAction(form, { on: "2026-12-04", "rec-1-decision": "ACCEPTED", "rec-1-reason": "Done" }, {}, context);
    expect(Object.keys(errors).sort()).toEqual(["decidedWithIndependentPerson", "rec-2-decision", "rec-2-reason"]);
    const values = {
      on: "2026-12-04",
      decidedWithIndependentPerson: "IP",
      "rec-1-decision": "ACCEPTED",
      "rec-1-reason": "Done",
      "rec-2-decision": "PARTLY",
      "rec-2-reason": " In part ",
    };
    expect(validateAction(form, values, {}, context)).toEqual({});
    expect(buildVariables(form, values, {}, context).input).toMatchObject({
      decidedWithIndependentPerson: "IP",
      recommendationDecisions: [
        { seq: 1, decision: "ACCEPTED", reason: "Done" },
        { seq: 2, decision: "PARTLY", reason: "In part" },
      ],
    });
    // With no recommendations, the Independent Person is not required and no decisions are sent.
    const none = { ...context, recommendationSeqs: [] };
    expect(validateAction(form, { on: "2026-12-04" }, {}, none)).toEqual({});
    expect(buildVariables(form, { on: "2026-12-04" }, {}, none).input).not.toHaveProperty("recommendationDecisions");
  });

  it("offers 'Do not consider further' with no grounds of its own: they come from the gateway (./not-considered-input.ts)", () => {
    const form = offeredForms(caseWith({ allowedActionDetails: [{ action: "MARK_NOT_CONSIDERED", stage: null }] })).find(
      (f) => f.action === "markNotConsidered",
    );
    expect(form?.title).toBe("Do not consider further");
    expect(form?.fields).toEqual([]);
  });

  it("words an extension's limit and a request's window from the case's own clocks, stating no number itself", () => {
    const detail = caseWith({
      allowedActionDetails: [
        { action: "AGREE_EXTENSION", stage: "STAGE_1" },
        { action: "REQUEST_ESCALATION", stage: "STAGE_2" },
      ],
      clocks: [
        {
          clockId: "stage1",
          stage: "STAGE_1",
          owedBy: "COUNCIL",
          label: "Stage 1 response: 10 working days, extendable to 20 in all",
          source: "SI 2006/1738 reg 14",
          stoppedOn: null,
        },
        {
          clockId: "stage2_request",
          stage: "STAGE_2",
          owedBy: "COMPLAINANT",
          label: "Request for Stage 2: within 20 working days",
          source: "SI 2006/1738 reg 14",
          stoppedOn: null,
        },
      ] as CaseDetail["clocks"],
    });
    const forms = offeredForms(detail);
    const extension = forms.find((f) => f.action === "agreeExtension");
    expect(extension?.title).toBe("Agree a Stage 1 extension");
    expect(extension?.fields.find((f) => f.name === "totalWorkingDays")?.hint).toContain("extendable to 20 in all (SI 2006/1738 reg 14)");
    expect(forms.find((f) => f.action === "requestEscalation")?.note).toBe(
      "Request for Stage 2: within 20 working days (SI 2006/1738 reg 14); a later request is allowed and flagged",
    );
  });

  it("sends the council's own outcome codes as localOutcome, and canonical outcomes as outcome when it has none", () => {
    const detail = caseWith({ allowedActionDetails: [{ action: "RECORD_STAGE_RESPONSE", stage: "STAGE_1" }] });
    const [form] = offeredForms(detail).filter((f) => f.action === "recordStageResponse");
    const context: ActionContext = { caseId: "c1", version: 7, stage: "STAGE_1", pointCount: 2, recommendationSeqs: [] };
    const chosen = { "1": "PARTLY", "2": "NOT" };
    expect(buildVariables(form!, { on: "2026-12-04" }, chosen, { ...context, localOutcomes: true }).input).toMatchObject({
      outcomes: [
        { pointId: "1", localOutcome: "PARTLY" },
        { pointId: "2", localOutcome: "NOT" },
      ],
    });
    expect(buildVariables(form!, { on: "2026-12-04" }, { "1": "UPHELD" }, context).input).toMatchObject({
      outcomes: [{ pointId: "1", outcome: "UPHELD" }],
    });
  });
});
