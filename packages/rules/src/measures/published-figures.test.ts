import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../calendar/calendar";
import { addCalendarDays } from "../dates/iso-date";
import { financialYear } from "../periods/financial-year";
import type { ComplainantRelationship, NotConsideredReason } from "../vocabulary/canonical";
import type { CaseFacts } from "./case-facts";
import { computeMeasure } from "./compute-measure";
import { formatPercent, roundHalfUp } from "./rounding";
import { caseFacts, stage } from "./testing/case-facts-builder";

/**
 * Records shaped like the figures the seed annual reports publish (/work/shared/seeds), to check that the
 * counting rules give back every published figure from case-level facts. The records are invented; only
 * their counts follow the reports.
 */
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const dayOf = (i: number) => addCalendarDays("2020-04-06", (i * 7) % 300);

describe("seed 003, 2020/21: not considered, stages and carried forward", () => {
  const fy = financialYear(2020);
  const notConsidered: NotConsideredReason[] = [
    ...times(16, () => "court_proceedings" as const),
    ...times(2, () => "withdrawn" as const),
    "insufficient_evidence",
    "another_organisation",
  ];
  const relationships: ComplainantRelationship[] = [
    ...times(37, () => "parent" as const),
    "other_relative",
    "kinship_carer",
    "child_or_young_person",
  ];
  let n = 0;
  const complaint = (overrides: Partial<Parameters<typeof caseFacts>[0]>): CaseFacts => {
    const receivedOn = dayOf(n);
    const relationship = relationships[n] ?? "parent";
    n += 1;
    return caseFacts({
      receivedOn,
      complainantRelationship: relationship,
      advocacy: { offered: true, taken: n === 1, provider: null },
      ...overrides,
    });
  };
  const s1 = (on: string) => stage("stage1", on, { respondedOn: addWorkingDays(on, 10) });
  const s2 = (on: string, respondedOn: string | null) => stage("stage2", addWorkingDays(on, 15), { respondedOn, timescale: 65 });

  const records: CaseFacts[] = [
    ...notConsidered.map((reason) => complaint({ notConsidered: { reason, on: "2021-01-04", localReason: null } })),
    // 17 responded to at Stage 1: 11 resolved, 6 went on to Stage 2; 3 went straight to Stage 2.
    ...times(11, () => complaint({ stages: [s1("2020-06-01")], closedOn: "2020-07-01" })),
    ...times(6, (i) =>
      complaint({
        stages: [s1("2020-06-01"), s2("2020-06-16", i < 5 ? "2020-10-30" : null)],
        withdrawnOn: i === 5 ? "2020-09-01" : null,
      }),
    ),
    ...times(3, () => complaint({ stages: [stage("stage2", "2020-11-02", { timescale: 65 })] })),
    ...times(46, () => caseFacts({ kind: "compliment", receivedOn: "2020-09-09" })),
    caseFacts({ procedure: "public_health", receivedOn: "2020-12-01", stages: [s1("2020-12-01")], closedOn: "2020-12-20" }),
  ];
  const statutory = { kind: ["complaint"], procedure: ["childrens_statutory"] };
  const measure = (spec: Parameters<typeof computeMeasure>[1]) => computeMeasure(records, spec, fy);

  it("40 complaints received, 46 compliments, 1 public health complaint", () => {
    expect(measure({ metric: "cases_received", filter: statutory }).total).toBe(40);
    expect(measure({ metric: "cases_received", filter: { kind: ["compliment"] } }).total).toBe(46);
    expect(measure({ metric: "cases_received", filter: { procedure: ["public_health"] } }).total).toBe(1);
  });

  it("20 not considered further: 16 court proceedings, 2 withdrawn, 1 anecdotal, 1 another organisation", () => {
    expect(measure({ metric: "not_considered", filter: statutory, groupBy: ["notConsideredReason"] }).groups.map((g) => [g.key[0], g.value])).toEqual(
      [
        ["court_proceedings", 16],
        ["another_organisation", 1],
        ["insufficient_evidence", 1],
        ["withdrawn", 2],
      ],
    );
  });

  it("17 responded to at Stage 1, 9 at Stage 2 (6 escalated, 3 directly), 5 concluded, 3 carried forward", () => {
    expect(measure({ metric: "cases_completed", stage: "stage1", filter: statutory }).total).toBe(17);
    expect(measure({ metric: "stages_started", stage: "stage2" }).total).toBe(9);
    expect(measure({ metric: "cases_completed", stage: "stage2" }).total).toBe(5);
    expect(measure({ metric: "withdrawn", basis: "completed" }).total).toBe(1);
    expect(measure({ metric: "open_at_end", filter: statutory })).toMatchObject({ total: 3 });
    expect(measure({ metric: "open_at_end", stage: "stage2" }).total).toBe(3);
    expect(measure({ metric: "open_at_start" }).total).toBe(0);
  });

  it("who complained, and one advocate", () => {
    const byRelationship = measure({ metric: "cases_received", filter: statutory, groupBy: ["complainantRelationship"] });
    expect(byRelationship.groups.map((g) => [g.key[0], g.value])).toEqual([
      ["child_or_young_person", 1],
      ["parent", 37],
      ["other_relative", 1],
      ["kinship_carer", 1],
    ]);
    expect(measure({ metric: "advocacy_taken", filter: statutory }).total).toBe(1);
    expect(measure({ metric: "lgsco_referrals" }).total).toBe(0);
  });
});

describe("seed 001, 2021/22: Stage 1 response times as published percentages", () => {
  // Published: within 10 working days 15.5%, within 20 82%, within 40 2% (one decimal place).
  const taken = [...times(31, (i) => 3 + (i % 8)), ...times(164, (i) => 11 + (i % 10)), ...times(4, () => 35), 45];
  const records = taken.map((days, i) => {
    const start = addWorkingDays("2021-04-01", i % 150);
    return caseFacts({ receivedOn: start, stages: [stage("stage1", start, { respondedOn: addWorkingDays(start, days), timescale: 20 })] });
  });

  it("reproduces the bands to one decimal place", () => {
    const result = computeMeasure(records, { metric: "cases_completed", stage: "stage1", groupBy: ["band"], share: true }, financialYear(2021));
    expect(result.total).toBe(200);
    expect(result.groups.map((g) => [g.key[0], roundHalfUp(g.value ?? 0, 1)])).toEqual([
      ["within_10", 15.5],
      ["within_20", 82],
      ["within_40", 2],
      ["over_40", 0.5],
    ]);
    const within20 = computeMeasure(records, { metric: "percent_within_timescale", stage: "stage1", withinWorkingDays: 20 }, financialYear(2021));
    expect(formatPercent(within20.total, { decimals: 1 })).toBe("97.5%");
  });

  it("share applies to count metrics only", () => {
    expect(() => computeMeasure(records, { metric: "average_working_days", share: true }, financialYear(2021))).toThrow(
      /share: applies only to count metrics; average_working_days gives an average/,
    );
    expect(
      computeMeasure([], { metric: "cases_completed", groupBy: ["band"], share: true, includeEmpty: true }, financialYear(2021)).groups[0],
    ).toEqual({
      key: ["within_10"],
      value: null,
      base: 0,
    });
  });
});
