import { describe, expect, it } from "vitest";
import { fieldOfProblem, mappingChoices, mappingOf, type MappingAnswers } from "./import-mapping-form";

const answers = (columns: MappingAnswers["columns"]): MappingAnswers => ({
  dateFormat: "DD/MM/YYYY",
  columns: { reference: "Ref", kind: "Type", receivedOn: "Received", ...columns },
  values: {
    kind: { Grumble: "complaint" },
    points: {},
    stage1Outcome: { Yes: "upheld", No: "" },
    stage2Outcome: { Agreed: "upheld" },
    stage3Outcome: { Partly: "partially_upheld" },
    lgscoDecision: { "Fault found": "UPHELD_FAULT", Other: "" },
  },
});

describe("mappingOf", () => {
  it("maps Stage 1 alone without Stage 2 events or outcomes", () => {
    const mapping = mappingOf(answers({ stage1Response: "Replied", stage1Outcome: "Outcome" }));
    expect(mapping.outcomes).toEqual({ stage1: { column: "Outcome", values: { Yes: "upheld" } } });
    expect((mapping.events as Array<{ type: string }>).map((e) => e.type)).toEqual(["stage_started", "response_sent"]);
  });

  it("maps the Stage 2 request, the agreed statement, the adjudication and outcome, each after the date before it", () => {
    const mapping = mappingOf(
      answers({
        stage1Response: "Replied",
        stage2Requested: "S2 Asked",
        stage2StatementAgreed: "S2 Agreed",
        stage2Response: "S2 Replied",
        stage2Outcome: "S2 Outcome",
      }),
    );
    expect(mapping.outcomes).toEqual({ stage2: { column: "S2 Outcome", values: { Agreed: "upheld" } } });
    expect(mapping.events).toEqual([
      { type: "stage_started", stage: "stage1", date: "Received", complaintsOnly: true },
      { type: "response_sent", stage: "stage1", date: "Replied", after: "Received", complaintsOnly: true },
      { type: "escalation_requested", to: "stage2", date: "S2 Asked", after: "Replied", complaintsOnly: true },
      { type: "statement_agreed", date: "S2 Agreed", after: "S2 Asked", complaintsOnly: true },
      { type: "adjudication_sent", date: "S2 Replied", after: "S2 Agreed", complaintsOnly: true },
    ]);
  });

  it("names the Stage 2 outcome's select for a problem with its mapping", () => {
    expect(fieldOfProblem("outcomes.stage2.values.Agreed")).toBe("column-stage2Outcome");
    expect(fieldOfProblem("outcomes.stage1.column")).toBe("column-stage1Outcome");
  });
});

describe("mappingChoices", () => {
  it("offers a point's local value only the taxonomy's categories, since the mapping reads points as categories", () => {
    const reasons = [
      { code: "COMMS", label: "Communication", parentCode: null },
      { code: "COMMS-NORESP", label: "No response to calls or emails", parentCode: "COMMS" },
      { code: "DELAY", label: "Delay" },
    ];
    const choices = mappingChoices({ kinds: [{ code: "COMPLAINT", label: "Complaint" }], reasons, outcomes: [], lgscoDecisions: [] });
    expect(choices.reasonCategories.map((e) => e.code)).toEqual(["COMMS", "DELAY"]);
    expect(choices.kinds.map((e) => e.code)).toEqual(["COMPLAINT"]);
    expect(mappingOf(answers({ points: "About" })).points).toMatchObject({ as: "category" });
  });
});

describe("mappingOf, beyond Stage 2", () => {
  it("maps the review panel's dates, each after the one before it the export has, and the Stage 3 outcome", () => {
    const mapping = mappingOf(
      answers({
        stage2Response: "S2 Replied",
        stage3Requested: "S3 Asked",
        stage3PanelHeld: "Panel",
        stage3PanelReport: "Report",
        stage3Response: "S3 Replied",
        stage3Outcome: "S3 Outcome",
      }),
    );
    expect(mapping.outcomes).toEqual({ stage3: { column: "S3 Outcome", values: { Partly: "partially_upheld" } } });
    expect((mapping.events as unknown[]).slice(2)).toEqual([
      { type: "escalation_requested", to: "stage3", date: "S3 Asked", after: "S2 Replied", complaintsOnly: true },
      { type: "panel_held", date: "Panel", after: "S3 Asked", complaintsOnly: true },
      { type: "panel_reported", date: "Report", after: "Panel", complaintsOnly: true },
      { type: "council_responded", date: "S3 Replied", after: "Report", complaintsOnly: true },
    ]);
    // With only the request and the council's response, the response follows the request.
    const short = mappingOf(answers({ stage3Requested: "S3 Asked", stage3Response: "S3 Replied" }));
    expect((short.events as unknown[]).slice(1)).toEqual([
      { type: "escalation_requested", to: "stage3", date: "S3 Asked", after: "Received", complaintsOnly: true },
      { type: "council_responded", date: "S3 Replied", after: "S3 Asked", complaintsOnly: true },
    ]);
  });

  it("maps the Ombudsman's referral and decision with the decision's column and values, and a withdrawal", () => {
    const mapping = mappingOf(answers({ lgscoReferred: "LGO In", lgscoDecided: "LGO Out", lgscoDecision: "LGO Said", withdrawn: "Gone" }));
    expect(mapping.lgscoDecision).toEqual({ column: "LGO Said", values: { "Fault found": "UPHELD_FAULT" } });
    expect((mapping.events as unknown[]).slice(1)).toEqual([
      { type: "lgsco_referred", date: "LGO In", after: "Received" },
      { type: "lgsco_decided", date: "LGO Out", after: "LGO In" },
      { type: "withdrawn", date: "Gone", after: "Received" },
    ]);
    expect(mappingOf(answers({})).lgscoDecision).toBeUndefined();
    expect(fieldOfProblem("lgscoDecision.values.Other")).toBe("column-lgscoDecision");
    expect(fieldOfProblem("outcomes.stage3.column")).toBe("column-stage3Outcome");
  });
});
