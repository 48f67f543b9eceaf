import { describe, expect, it } from "vitest";
import { lettersForCase } from "./letters-for-case";

describe("lettersForCase: the letters the app offers for a case", () => {
  it("offers a complaint the letters of the stages it has reached", () => {
    expect(lettersForCase("complaint", ["stage1"])).toEqual(["acknowledgement", "stage1_response", "terms_of_resolution", "not_considered"]);
    expect(lettersForCase("complaint", ["stage1", "stage2"])).toEqual([
      "acknowledgement",
      "stage1_response",
      "terms_of_resolution",
      "statement_of_complaint",
      "adjudication",
      "not_considered",
    ]);
    // Straight to Stage 2 by agreement: Stage 1's letter is not offered for a stage the case never had.
    expect(lettersForCase("complaint", ["stage2", "stage3"])).toEqual([
      "acknowledgement",
      "terms_of_resolution",
      "statement_of_complaint",
      "adjudication",
      "review_panel_invitation",
      "panel_response",
      "not_considered",
    ]);
    expect(lettersForCase("complaint", [])).toEqual(["acknowledgement", "terms_of_resolution", "not_considered"]);
  });

  it("offers a compliment its thanks only, and other feedback its acknowledgement", () => {
    expect(lettersForCase("compliment", [])).toEqual(["compliment_thanks"]);
    expect(lettersForCase("member_enquiry", [])).toEqual(["acknowledgement"]);
    expect(lettersForCase("signpost", [])).toEqual([]);
  });
});
