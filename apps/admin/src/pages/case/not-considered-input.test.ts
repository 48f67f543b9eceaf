import { describe, expect, it } from "vitest";
import { type GroundOffer, type NotConsideredValues, groundOptions, notConsideredInput, validateNotConsidered } from "./not-considered-input";

const grounds: GroundOffer[] = [
  { reason: "court_proceedings", source: "SI 2006/1738 reg 8", inPart: true, requires: [] },
  { reason: "out_of_time", source: "SI 2006/1738 reg 9", inPart: false, requires: ["discretionExercised", "detail"] },
  { reason: "no_sufficient_interest", source: "Children Act 1989 s.26(3)(e)", inPart: false, requires: ["childViews", "decidedBy"] },
  { reason: "other", source: "local policy", inPart: false, requires: ["localGround"] },
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
    expect(options.map((o) => o.value)).toEqual(["court_proceedings", "out_of_time", "no_sufficient_interest", "local:UNREASONABLE"]);
    expect(options[0]?.hint).toBe("SI 2006/1738 reg 8");
    expect(options[3]).toEqual({
      value: "local:UNREASONABLE",
      label: "Unreasonable conduct",
      hint: "Unreasonable Behaviour Policy, para 4 (your council's policy)",
    });
  });

  it("asks for what each ground requires", () => {
    expect(validateNotConsidered({ ...blank, ground: "no_sufficient_interest" }, grounds)).toEqual({
      childViews: "Enter the child's views",
      decidedBy: "Enter who decided, for the council",
    });
    expect(Object.keys(validateNotConsidered({ ...blank, ground: "out_of_time" }, grounds))).toEqual(["discretion", "detail"]);
    expect(validateNotConsidered({ ...blank, ground: "court_proceedings", scope: "some" }, grounds)).toEqual({
      points: "Select the points of complaint that are not considered",
    });
    expect(validateNotConsidered(blank, grounds)).toHaveProperty("ground");
  });

  it("sends only the fields the ground uses; a council's own ground as other with its code", () => {
    expect(notConsideredInput({ ...blank, ground: "court_proceedings", scope: "some", points: ["2"] }, grounds, change)).toEqual({
      ...change,
      on: "2026-12-04",
      reason: "court_proceedings",
      points: ["2"],
    });
    expect(notConsideredInput({ ...blank, ground: "local:UNREASONABLE", childViews: "ignored" }, grounds, change)).toEqual({
      ...change,
      on: "2026-12-04",
      reason: "other",
      localGround: "UNREASONABLE",
    });
    expect(notConsideredInput({ ...blank, ground: "out_of_time", discretion: "no", detail: "records gone" }, grounds, change)).toMatchObject({
      discretionExercised: false,
      detail: "records gone",
    });
  });
});
