import { describe, expect, it } from "vitest";
import { erasureSummary } from "./RetentionPage";

describe("erasureSummary", () => {
  it("names what the run would erase, in the singular or plural, leaving out what the case has none of", () => {
    expect(erasureSummary({ people: 1, narratives: 3, contacts: 0, documents: 2 })).toBe("1 person, 3 narratives or notes, 2 documents");
    expect(erasureSummary({ people: 2, narratives: 1, contacts: 1, documents: 1 })).toBe(
      "2 people, 1 narrative or note, 1 contact log entry, 1 document",
    );
    expect(erasureSummary({ people: 0, narratives: 0, contacts: 1200, documents: 0 })).toBe("1,200 contact log entries");
  });

  it("says so when nothing is left to erase", () => {
    expect(erasureSummary({ people: 0, narratives: 0, contacts: 0, documents: 0 })).toBe("Nothing left to erase");
  });
});
