import { describe, expect, it } from "vitest";
import { humanise } from "./format";

describe("humanise", () => {
  it("words a timeliness band from the figure in its code (the rules engine's), for any figure", () => {
    expect(humanise("within_10")).toBe("Within 10 working days");
    expect(humanise("over_65")).toBe("Over 65 working days");
    expect(humanise("within_15")).toBe("Within 15 working days");
  });

  it("keeps the special words and turns other codes into plain English", () => {
    expect(humanise("stage2")).toBe("Stage 2");
    expect(humanise("partially_upheld")).toBe("Partially upheld");
    // A yes-or-no dimension's values (madeByChild: true) in words.
    expect(humanise("true")).toBe("Yes");
    expect(humanise("false")).toBe("No");
  });

  it("words the enum values the gateway sends as it words their codes", () => {
    expect(humanise("STAGE_2")).toBe("Stage 2");
    expect(humanise("AWAITING_ESCALATION")).toBe("Awaiting escalation");
    expect(humanise("ACKNOWLEDGE_CASE")).toBe("Acknowledge case");
  });
});
