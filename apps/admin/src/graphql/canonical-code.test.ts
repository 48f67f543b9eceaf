import { describe, expect, it } from "vitest";
import { codeOfMember, memberOfCode } from "./canonical-code";
import { CouncilRole, LgscoDecision, NotConsideredReason, Outcome, ReasonTheme } from "./generated/graphql";

describe("a canonical value's enum name and stored code", () => {
  it("finds the enum value of a stored code, and none for a code outside the vocabulary", () => {
    expect(memberOfCode(ReasonTheme, "decision_making")).toBe(ReasonTheme.DecisionMaking);
    expect(memberOfCode(ReasonTheme, "weather")).toBeNull();
    expect(memberOfCode(ReasonTheme, "")).toBeNull();
    expect(memberOfCode(ReasonTheme, null)).toBeNull();
  });

  it("gives the stored code of an enum value, and back again for every value", () => {
    expect(codeOfMember(ReasonTheme.StaffAttitudeConduct)).toBe("staff_attitude_conduct");
    for (const value of Object.values(ReasonTheme)) expect(memberOfCode(ReasonTheme, codeOfMember(value))).toBe(value);
  });

  it("holds for the outcomes, grounds and Ombudsman's decisions a vocabulary entry maps onto, and the council roles", () => {
    expect(codeOfMember(Outcome.PartiallyUpheld)).toBe("partially_upheld");
    expect(codeOfMember(NotConsideredReason.Other)).toBe("other");
    expect(Object.values(LgscoDecision).map(codeOfMember)).toContain("closed_after_initial_enquiries");
    expect(codeOfMember(CouncilRole.ComplaintsOfficer)).toBe("complaints_officer");
    for (const values of [Outcome, NotConsideredReason, LgscoDecision, CouncilRole])
      for (const value of Object.values(values)) expect(memberOfCode(values, codeOfMember(value))).toBe(value);
  });
});
