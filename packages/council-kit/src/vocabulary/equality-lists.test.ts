import { describe, expect, it } from "vitest";
import { dimensionRows } from "../layout/dimension-rows";
import { vocabulariesSchema } from "./local-vocabulary";
import { EQUALITY_QUESTIONS, equalityEntriesOn, equalityListsOf, PLATFORM_EQUALITY_LISTS } from "./equality-lists";

describe("equalityListsOf", () => {
  it("gives a council with no lists the platform's answers to every question", () => {
    const lists = equalityListsOf(undefined);
    expect(lists.map((l) => [l.question, l.source])).toEqual(EQUALITY_QUESTIONS.map((q) => [q, "platform"]));
    expect(lists[0]?.entries.map((e) => e.code)).toEqual(["female", "male", "non_binary", "other"]);
    expect(PLATFORM_EQUALITY_LISTS.ageBand.find((e) => e.code === "65+")?.label).toBe("65 or over");
  });

  it("gives the council's own list where it has one, the platform's for the others, and only entries in force on a day", () => {
    const own = {
      ethnicity: [
        { code: "WB", label: "White British", validTo: "2021-03-31" },
        { code: "WBR", label: "White: English, Welsh, Scottish, Northern Irish or British", validFrom: "2021-04-01" },
      ],
      gender: [],
    };
    const lists = equalityListsOf(own);
    const ethnicity = lists.find((l) => l.question === "ethnicity")!;
    expect(ethnicity.source).toBe("council");
    expect(equalityEntriesOn(ethnicity, "2020-06-01").map((e) => e.code)).toEqual(["WB"]);
    expect(equalityEntriesOn(ethnicity, "2022-06-01").map((e) => e.code)).toEqual(["WBR"]);
    // An empty list is no list: the platform's answers.
    expect(lists.find((l) => l.question === "gender")?.source).toBe("platform");
  });

  it("makes a layout's rows from an equalities dimension the council keeps no list for (it had none to make them from)", () => {
    const vocabularies = vocabulariesSchema.parse({});
    const rows = dimensionRows(vocabularies, { dimension: "disability", hideEmpty: false }, { start: "2025-04-01", end: "2026-03-31" });
    expect(rows).toEqual([
      { key: "yes", label: "Disabled" },
      { key: "no", label: "Not disabled" },
    ]);
  });
});
