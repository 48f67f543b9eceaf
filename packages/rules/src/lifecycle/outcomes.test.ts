import { describe, expect, it } from "vitest";
import type { Outcome } from "../vocabulary/canonical";
import { stageOutcome } from "./outcomes";

describe("the stage outcome from the outcome of each point of complaint", () => {
  it.each<[Outcome[] | null, Outcome | null]>([
    [null, null],
    [[], null],
    [["upheld"], "upheld"],
    [["upheld", "upheld"], "upheld"],
    [["upheld", "not_upheld"], "partially_upheld"],
    [["partially_upheld"], "partially_upheld"],
    [["not_upheld", "partially_upheld"], "partially_upheld"],
    [["not_upheld", "not_upheld"], "not_upheld"],
    [["not_upheld", "no_finding"], "not_upheld"],
    [["no_finding"], "no_finding"],
    [["upheld", "withdrawn"], "upheld"],
    [["not_upheld", "resolved_on_receipt"], "not_upheld"],
    [["withdrawn", "withdrawn"], "withdrawn"],
    [["resolved_on_receipt"], "resolved_on_receipt"],
    [["not_considered", "withdrawn"], "withdrawn"],
    [["no_response_recorded", "discontinued"], "discontinued"],
  ])("%j → %s", (points, expected) => {
    expect(stageOutcome(points?.map((outcome, i) => ({ pointId: String(i), outcome })) ?? null)).toBe(expected);
  });
});
