import { describe, expect, it } from "vitest";
import { type GroundOffer, type NotConsideredValues, groundOptions, notConsideredInput, validateNotConsidered } from "./not-considered-input";

const grounds: GroundOffer[] = [
  { reason: "COURT_PROCEEDINGS", code: "court_proceedings", source: "SI 2006/1738 reg 8", inPart: true, requires: [] },
  { reason: "OUT_OF_TIME", code: "out_of_time", source: "SI 2006/1738 reg 9", inPart: false, requires: ["discretionExercised", "detail"] },
  {
    reason: "NO_SUFFICIENT_INTEREST",
    code: "no_sufficient_interest",
    source: "Children Act 1989 s.26(3)(e)",
    inPart: false,
    requires: ["childViews", "decidedBy"],
  },
  { reason: "OTHER", code: "other", source: "local policy", inPart: false, requires: ["localGround"] },
];
const locals = [
  { code: "COURT", label: "Court", canonical: "court_proceedings" },
  { code: "UNREASONABLE", label: "Unreasonable conduct", canonical: "other", policy: "Unreasonable Behaviour Policy, para 4" },
];
const blank: NotConsideredValues = {
  ground: "",
  scope: "whole",
  points: [],
  discretion: "",
  detail: "",
  childViews: "",
  decidedBy: "",
  on: "2026-12-04",
};
const change = { caseId: "c1", version: 3 };

describe("the Do not consider further form", () => {
  it("offers the gateway's grounds with their law, and the council's own grounds, never 'other' bare", () => {
    const options = groundOptions(grounds, locals);
    expect(options.map((o) => o.value)).toEqual(["COURT_PROCEEDINGS", "OUT_OF_TIME", "NO_SUFFICIENT_INTEREST", "local:UNREASONABLE"]);
    expect(options[0]?.hint).toBe("SI 2006/1738 reg 8");
    // Worded from the enum value, never shown as COURT_PROCEEDINGS.
    expect(options[0]?.label).toBe("Considering it would prejudice court proceedings");
    expect(options[3]).toEqual({
      value: "local:UNREASONABLE",
      label: "Unreasonable conduct",
      hint: "Unreasonable Behaviour Policy, para 4 (your council's policy)",
    });
  });

  it("asks for what each ground requires", () => {
    expect(validateNotConsidered({ ...blank, ground: "NO_SUFFICIENT_INTEREST" }, grounds)).toEqual({
      childViews: "Enter the child's views",
      decidedBy: "Enter who decided, for the council",
    });
    expect(Object.keys(validateNotConsidered({ ...blank, ground: "OUT_OF_TIME" }, grounds))).toEqual(["discretion", "detail"]);
    expect(validateNotConsidered({ ...blank, ground: "COURT_PROCEEDINGS", scope: "some" }, grounds)).toEqual({
      points: "Select the points of complaint that are not considered",
    });
    expect(validateNotConsidered(blank, grounds)).toHaveProperty("ground");
  });

  it("sends only the fields the ground uses; a council's own ground as other with its code", () => {
    expect(notConsideredInput({ ...blank, ground: "COURT_PROCEEDINGS", scope: "some", points: ["2"] }, grounds, change)).toEqual({
      ...change,
      on: "2026-12-04",
      reason: "COURT_PROCEEDINGS",
      points: ["2"],
    });
    expect(notConsideredInput({ ...blank, ground: "local:UNREASONABLE", childViews: "ignored" }, grounds, change)).toEqual({
      ...change,
      on: "2026-12-04",
      reason: "OTHER",
      localGround: "UNREASONABLE",
    });
    expect(notConsideredInput({ ...blank, ground: "OUT_OF_TIME", discretion: "no", detail: "records gone" }, grounds, change)).toMatchObject({
      discretionExercised: false,
      detail: "records gone",
    });
  });
});
