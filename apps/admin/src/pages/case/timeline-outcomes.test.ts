import { describe, expect, it } from "vitest";
import type { CaseDetailFieldsFragment as CaseDetail } from "../../graphql/generated/graphql";
import { timelineOutcomes } from "./timeline-outcomes";

const detail = {
  stages: [{ stage: "STAGE_1", respondedOn: "2026-01-16" }],
  points: [
    { seq: 1, outcomes: [{ stage: "STAGE_1", outcome: "PARTIALLY_UPHELD", localOutcome: "PARTLY", outcomeLabel: "Partly upheld" }] },
    { seq: 2, outcomes: [{ stage: "STAGE_1", outcome: "NOT_UPHELD", localOutcome: null, outcomeLabel: null }] },
  ],
} as unknown as Pick<CaseDetail, "stages" | "points">;

describe("a response on the timeline", () => {
  it("shows each point's outcome in the council's words where it has them", () => {
    expect(timelineOutcomes(detail, { type: "response_sent", on: "2026-01-16" })).toBe("Point 1: Partly upheld; Point 2: Not upheld");
  });
  it("shows nothing for other events, or a response on a day no stage was answered", () => {
    expect(timelineOutcomes(detail, { type: "acknowledged", on: "2026-01-16" })).toBeNull();
    expect(timelineOutcomes(detail, { type: "response_sent", on: "2026-01-17" })).toBeNull();
  });
});
