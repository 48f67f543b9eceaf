import { describe, expect, it } from "vitest";
import { describedValues, memberOf } from "./enum-values";

describe("enum values", () => {
  it("describes each value once", () => {
    expect(describedValues({ open: "Still open", closed: "Closed" })).toEqual({
      open: { description: "Still open" },
      closed: { description: "Closed" },
    });
  });

  it("takes a stored string that is in the set, and refuses one that is not, naming the set", () => {
    const decisions = ["accepted", "partly", "declined"] as const;
    expect(memberOf(decisions, "partly", "RecommendationDecision")).toBe("partly");
    expect(() => memberOf(decisions, "maybe", "RecommendationDecision")).toThrow('"maybe" is not a RecommendationDecision');
  });
});
