import { CASE_STATUSES, METRIC_NAMES, OUTCOMES, STAGES } from "@csc/rules";
import { describe, expect, it } from "vitest";
import { codedValues, describedValues, graphqlEnumName, memberOf } from "./enum-values";

describe("enum values", () => {
  it("names a code in SCREAMING_SNAKE_CASE: snake_case upper cased, camelCase split at capitals, numbers split off", () => {
    expect(graphqlEnumName("partially_upheld")).toBe("PARTIALLY_UPHELD");
    expect(graphqlEnumName("stage1")).toBe("STAGE_1");
    expect(graphqlEnumName("stage3_panel_report")).toBe("STAGE_3_PANEL_REPORT");
    expect(graphqlEnumName("currentStage")).toBe("CURRENT_STAGE");
    expect(graphqlEnumName("recordLgscoDecision")).toBe("RECORD_LGSCO_DECISION");
    expect(graphqlEnumName("children_aged_0_17")).toBe("CHILDREN_AGED_0_17");
    expect(graphqlEnumName("complaints_per_1000_contacts")).toBe("COMPLAINTS_PER_1000_CONTACTS");
    expect(graphqlEnumName("accessible-complaint-process")).toBe("ACCESSIBLE_COMPLAINT_PROCESS");
    expect(graphqlEnumName("DUE_SOONEST")).toBe("DUE_SOONEST");
  });

  it("keys each value by its name and carries the code as the internal value", () => {
    expect(describedValues({ stage1: "Stage 1", partially_upheld: "In part" })).toEqual({
      STAGE_1: { value: "stage1", description: "Stage 1" },
      PARTIALLY_UPHELD: { value: "partially_upheld", description: "In part" },
    });
  });

  it("refuses two codes of one enum with one name, naming both", () => {
    expect(() => codedValues({ stage1: { description: "a" }, stage_1: { description: "b" } })).toThrow(
      'Enum codes "stage1" and "stage_1" are both named STAGE_1',
    );
  });

  it("gives every code of the rules' vocabularies its own name", () => {
    for (const codes of [STAGES, OUTCOMES, CASE_STATUSES, METRIC_NAMES] as readonly (readonly string[])[]) {
      const names = Object.keys(describedValues(Object.fromEntries(codes.map((code) => [code, code]))));
      expect(names).toHaveLength(codes.length);
      for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it("takes a stored string that is in the set, and refuses one that is not, naming the set", () => {
    const decisions = ["accepted", "partly", "declined"] as const;
    expect(memberOf(decisions, "partly", "RecommendationDecision")).toBe("partly");
    expect(() => memberOf(decisions, "maybe", "RecommendationDecision")).toThrow('"maybe" is not a RecommendationDecision');
  });
});
