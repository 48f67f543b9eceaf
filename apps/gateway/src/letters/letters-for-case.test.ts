import { describe, expect, it } from "vitest";
import { LETTER_KINDS } from "./kinds";
import { lettersForCase, letterMisfit } from "./letters-for-case";

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

describe("letterMisfit: why generateLetter refuses a letter", () => {
  it("says why a letter does not fit, and nothing for one that does", () => {
    expect(letterMisfit("adjudication", "complaint", ["stage1"])).toBe(
      "Stage 2 adjudication letter is written once a complaint has reached Stage 2; this case has not",
    );
    expect(letterMisfit("compliment_thanks", "complaint", ["stage1"])).toBe(
      "Thank you for your compliment letter is written for a compliment; this case is a complaint",
    );
    expect(letterMisfit("acknowledgement", "signpost", [])).toBe(
      "Acknowledgement letter is written for a complaint, informal resolution, comment, member enquiry or LGSCO enquiry; this case is a signpost",
    );
    expect(letterMisfit("adjudication", "complaint", ["stage1", "stage2"])).toBeNull();
  });

  it("agrees with lettersForCase on every letter", () => {
    for (const [kind, stages] of [
      ["complaint", ["stage1"]],
      ["complaint", ["stage2", "stage3"]],
      ["compliment", []],
      ["signpost", []],
    ] as const) {
      const offered = lettersForCase(kind, stages);
      for (const letter of LETTER_KINDS) expect(letterMisfit(letter, kind, stages) === null, `${kind} ${letter}`).toBe(offered.includes(letter));
    }
  });
});
