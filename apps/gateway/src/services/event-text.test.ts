import { describe, expect, it } from "vitest";
import { TEXT_HELD_APART, eventTextIds, payloadForRules, payloadWithText } from "./event-text";

describe("event free text held apart", () => {
  const stored = { stage: "stage1", totalWorkingDays: 20, textRefs: { reason: "n-1" } };

  it("gives the rules a placeholder for a required reason and drops the references", () => {
    expect(payloadForRules("extension_agreed", stored)).toEqual({ stage: "stage1", totalWorkingDays: 20, reason: TEXT_HELD_APART });
    expect(payloadForRules("not_considered", { reason: "court_proceedings", textRefs: { detail: "n-2" } })).toEqual({ reason: "court_proceedings" });
  });

  it("reads the text back by reference, and keeps old payloads with inline text as they are", () => {
    expect(eventTextIds(stored)).toEqual(["n-1"]);
    expect(payloadWithText(stored, new Map([["n-1", "away"]]))).toEqual({ stage: "stage1", totalWorkingDays: 20, reason: "away" });
    expect(payloadForRules("suspended", { reason: "inline" })).toEqual({ reason: "inline" });
    expect(eventTextIds({ reason: "inline" })).toEqual([]);
  });
});
