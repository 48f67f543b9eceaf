import { describe, expect, it } from "vitest";
import { fieldOfProblem, mappingChoices, mappingOf, type MappingAnswers } from "./import-mapping-form";

const answers = (columns: MappingAnswers["columns"]): MappingAnswers => ({
  dateFormat: "DD/MM/YYYY",
  columns: { reference: "Ref", kind: "Type", receivedOn: "Received", ...columns },
  values: { kind: { Grumble: "complaint" }, points: {}, stage1Outcome: { Yes: "upheld", No: "" }, stage2Outcome: { Agreed: "upheld" } },
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
    const choices = mappingChoices({ kinds: [{ code: "COMPLAINT", label: "Complaint" }], reasons, outcomes: [] });
    expect(choices.reasonCategories.map((e) => e.code)).toEqual(["COMMS", "DELAY"]);
    expect(choices.kinds.map((e) => e.code)).toEqual(["COMPLAINT"]);
    expect(mappingOf(answers({ points: "About" })).points).toMatchObject({ as: "category" });
  });
});
