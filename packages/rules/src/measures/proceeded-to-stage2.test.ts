import { describe, expect, it } from "vitest";
import { financialYear } from "../periods/financial-year";
import { computeMeasure } from "./compute-measure";
import { parseMeasureSpec } from "./measure-spec";
import { caseFacts, stage } from "./testing/case-facts-builder";

// Issue 12 item 5: "proceeded to Stage 2 (%)" as councils publish it, and Stage 2 counted from the request or from
// the agreed statement of complaint (SI 2006/1738 reg 17(2)).

const year = financialYear(2021);

/** Stage 1 responded in 2021/22, went to Stage 2 (statement agreed). */
const wentOn = caseFacts({
  receivedOn: "2021-05-04",
  stages: [
    stage("stage1", "2021-05-04", { respondedOn: "2021-05-14" }),
    { ...stage("stage2", "2021-06-07", { respondedOn: "2021-07-09" }), requestedOn: "2021-05-28" },
  ],
});
/** Stage 1 responded in 2021/22; Stage 2 requested on 2022-03-25, statement not yet agreed (provisional start). */
const requested = caseFacts({
  receivedOn: "2022-02-01",
  stages: [
    stage("stage1", "2022-02-01", { respondedOn: "2022-02-15" }),
    { ...stage("stage2", "2022-03-25"), requestedOn: "2022-03-25", awaitingStatement: true },
  ],
});
/** Stage 1 responded in 2021/22, stopped there. */
const stopped = caseFacts({ receivedOn: "2021-09-01", stages: [stage("stage1", "2021-09-01", { respondedOn: "2021-09-10" })] });
/** Stage 1 received in 2021/22, still open at the year's end. */
const open = caseFacts({ receivedOn: "2022-03-28", stages: [stage("stage1", "2022-03-28")] });
/** Stage 1 in 2020/21, Stage 2 in 2021/22: counted in 2020/21's Stage 1 year, never in 2021/22's. */
const lastYear = caseFacts({
  receivedOn: "2021-03-01",
  stages: [stage("stage1", "2021-03-01", { respondedOn: "2021-03-12" }), stage("stage2", "2021-04-12", { respondedOn: "2021-05-14" })],
});
const facts = [wentOn, requested, stopped, open, lastYear];

describe("proceeded to Stage 2", () => {
  it("as a share of Stage 1 completed (default): 1 of 3 from the agreed statement, 2 of 3 from the request", () => {
    expect(computeMeasure(facts, { metric: "percent_proceeded_to_stage2" }, year).total).toBeCloseTo(100 / 3, 10);
    expect(computeMeasure(facts, { metric: "proceeded_to_stage2" }, year).total).toBe(1);
    expect(computeMeasure(facts, { metric: "percent_proceeded_to_stage2", stage2From: "request" }, year).total).toBeCloseTo(200 / 3, 10);
    expect(computeMeasure(facts, { metric: "proceeded_to_stage2", stage2From: "request" }, year).total).toBe(2);
  });

  it("as a share of Stage 1 received: the open Stage 1 joins the base", () => {
    expect(computeMeasure(facts, { metric: "percent_proceeded_to_stage2", basis: "received" }, year).total).toBe(25);
    expect(computeMeasure(facts, { metric: "percent_proceeded_to_stage2", basis: "received", stage2From: "request" }, year).total).toBe(50);
  });

  it("counts Stage 2 on the received basis from the statement (default) or from the request", () => {
    // Stages started in 2021/22 at Stage 2: wentOn (statement 2021-06-07), lastYear (2021-04-12); the
    // provisional one only when counted from the request.
    expect(computeMeasure(facts, { metric: "stages_started", stage: "stage2", stage2From: "agreed_statement" }, year).total).toBe(2);
    expect(computeMeasure(facts, { metric: "stages_started", stage: "stage2", stage2From: "request" }, year).total).toBe(3);
    // From the request, lastYear's Stage 2 (no request date known) counts from its start; wentOn's request is in May.
    const may = { start: "2021-05-01", end: "2021-05-31" } as const;
    expect(computeMeasure(facts, { metric: "stages_started", stage: "stage2", stage2From: "request" }, may).total).toBe(1);
    expect(computeMeasure(facts, { metric: "stages_started", stage: "stage2", stage2From: "agreed_statement" }, may).total).toBe(0);
  });

  it("names the field when stage2From is not a known choice", () => {
    expect(() => parseMeasureSpec({ metric: "percent_proceeded_to_stage2", stage2From: "complaint" })).toThrow(/stage2From/);
  });
});
