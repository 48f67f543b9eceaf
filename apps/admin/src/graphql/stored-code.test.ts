import { describe, expect, it } from "vitest";
import { CouncilRole, LgscoDecision, NotConsideredReason, Outcome } from "./generated/graphql";
import { storedCode, storedCodes } from "./stored-code";

describe("the stored code behind an enum value", () => {
  it("is the code a vocabulary entry's canonical holds", () => {
    expect(storedCode(Outcome.PartiallyUpheld)).toBe("partially_upheld");
    expect(storedCode(NotConsideredReason.Other)).toBe("other");
    expect(storedCode(CouncilRole.ComplaintsOfficer)).toBe("complaints_officer");
    expect(storedCodes(LgscoDecision)).toContain("closed_after_initial_enquiries");
  });

  it("holds only for enums whose values are upper-cased snake_case words (no number split from its word)", () => {
    for (const values of [Outcome, NotConsideredReason, LgscoDecision, CouncilRole])
      for (const value of Object.values(values)) expect(value).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});
