import { describe, expect, it } from "vitest";
import { allowedEvents } from "./allowed";
import { deriveCase } from "./derive";
import type { CaseEventInput } from "./events";
import { MONDAY, stage1Case, wd } from "./testing/fixtures";

const asOf = "2024-12-31";
const letter = (on: string, kind = "acknowledgement"): CaseEventInput => ({ type: "letter_sent", on, letter: kind, documentId: "doc-1" });
const withoutLetters = (events: CaseEventInput[]) => events.filter((e) => e.type !== "letter_sent");
const sameDerivation = (events: CaseEventInput[]) => {
  const { events: withLetters, asOf: _a, ...derived } = deriveCase(events, { asOf });
  const { events: plain, asOf: _b, ...expected } = deriveCase(withoutLetters(events), { asOf });
  expect(withLetters.length).toBe(plain.length + events.filter((e) => e.type === "letter_sent").length);
  expect(derived).toEqual(expected);
};

describe("a letter sent is a case event that moves nothing", () => {
  it("is recorded after receipt, during a stage, while suspended, after withdrawal and after closure, changing no stage or clock", () => {
    const received: CaseEventInput = { type: "received", on: MONDAY };
    sameDerivation([received, letter(wd(1))]);
    sameDerivation([...stage1Case(8), letter(wd(8), "stage1_response")]);
    sameDerivation([received, { type: "suspended", on: wd(1), reason: "court" }, letter(wd(2))]);
    sameDerivation([received, { type: "withdrawn", on: wd(1) }, letter(wd(2))]);
    sameDerivation([...stage1Case(8), { type: "closed", on: wd(20) }, letter(wd(21), "closure")]);
  });

  it("is open to every kind of feedback (a compliment's thank-you letter)", () => {
    const derived = deriveCase([{ type: "received", on: MONDAY }, letter(wd(1), "compliment_thanks")], { asOf, kind: "compliment" });
    expect(derived.events.map((e) => e.type)).toEqual(["received", "letter_sent"]);
  });

  it("is refused before receipt, dated in the future, or without the letter's kind", () => {
    expect(() => deriveCase([letter(MONDAY)], { asOf })).toThrow(/starts with the complaint.s receipt/);
    expect(() => deriveCase([{ type: "received", on: MONDAY }, letter("2025-01-02")], { asOf })).toThrow(/after today/);
    expect(() =>
      deriveCase([{ type: "received", on: MONDAY }, { type: "letter_sent", on: wd(1), letter: " " } as CaseEventInput], { asOf }),
    ).toThrow();
  });

  it("is never offered as a step of the procedure", () => {
    const derived = deriveCase([{ type: "received", on: MONDAY }], { asOf });
    expect(allowedEvents(derived)).not.toContain("letter_sent");
  });
});
