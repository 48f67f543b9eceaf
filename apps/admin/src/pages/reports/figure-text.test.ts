import { describe, expect, it } from "vitest";
import { figureText, WITHHELD } from "./figure-text";

describe("figureText", () => {
  it("words a withheld figure, a missing one by its reason, and a value to one decimal place", () => {
    expect(figureText({ value: null, suppressed: true, missing: "SMALL_NUMBER" })).toBe(WITHHELD);
    expect(figureText({ value: null, suppressed: false, missing: "NO_RECORDS" })).toBe("No records");
    expect(figureText({ value: null, suppressed: false, missing: "NO_CONTEXT_FIGURE" })).toBe("No context figure recorded");
    expect(figureText({ value: null, suppressed: false, missing: "NOT_APPLICABLE" })).toBe("Not applicable");
    expect(figureText({ value: 1234.56, suppressed: false, missing: null })).toBe("1,234.6");
    expect(figureText({ value: 0, suppressed: false })).toBe("0");
  });
});
