import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, fromDayNumber, toDayNumber } from "../dates/iso-date";
import { financialYear, quarter, quartersOf } from "../periods/financial-year";
import type { CaseFacts } from "./case-facts";
import { computeMeasure } from "./compute-measure";
import { type Metric, METRICS, METRIC_NAMES } from "./metrics";
import { caseFacts, stage } from "./testing/case-facts-builder";

/** Random case records across 2020–2023, to check the counting rules hold together whatever the data. */
const day = fc.integer({ min: toDayNumber("2020-01-01"), max: toDayNumber("2023-06-30") }).map(fromDayNumber);
const gap = fc.option(fc.integer({ min: 0, max: 90 }), { nil: null });
const teamArb = fc.constantFrom(
  { code: "T1", serviceArea: "children_in_care" as const },
  { code: "T2", serviceArea: "fostering" as const },
  { code: "T3", serviceArea: "adoption" as const },
);

const caseArb: fc.Arbitrary<CaseFacts> = fc
  .record({
    receivedOn: day,
    kind: fc.constantFrom("complaint" as const, "complaint" as const, "compliment" as const, "member_enquiry" as const),
    teams: fc.uniqueArray(teamArb, { maxLength: 3, selector: (t) => t.code }),
    themes: fc.array(fc.constantFrom("delay" as const, "communication" as const), { maxLength: 3 }),
    gaps: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), gap), { maxLength: 3 }),
    ack: fc.option(fc.boolean(), { nil: null }),
    withdrawnAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null, freq: 5 }),
  })
  .map(({ receivedOn, kind, teams, themes, gaps, ack, withdrawnAfter }) => {
    const stages = [];
    let start = receivedOn;
    for (const [i, [wait, took]] of gaps.entries()) {
      if (kind === "compliment") break;
      const begins = i === 0 ? receivedOn : addCalendarDays(start, wait);
      const respondedOn = took === null ? null : addCalendarDays(begins, took);
      stages.push(stage((["stage1", "stage2", "stage3"] as const)[i] ?? "stage3", begins, { respondedOn }));
      if (respondedOn === null) break;
      start = respondedOn;
    }
    return caseFacts({
      receivedOn,
      kind,
      teams,
      reasons: themes.map((theme) => ({ category: null, reason: null, theme })),
      acknowledgement: { dueOn: null, acknowledgedOn: ack === null ? null : receivedOn, met: ack },
      stages,
      withdrawnOn: withdrawnAfter === null ? null : addCalendarDays(receivedOn, withdrawnAfter),
    });
  });

const casesArb = fc.array(caseArb, { maxLength: 25 });
const runs = { numRuns: 60 };
const fy = financialYear(2021);
const countMetrics = METRIC_NAMES.filter((m) => METRICS[m].aggregation === "count" && METRICS[m].bases.length > 0);

// Generous per-test time: property runs share two cores with every other test file in CI.
describe("counting rules hold for any records", { timeout: 120_000 }, () => {
  it("the quarters of a year add up to the year, for every count metric on every basis", () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        for (const metric of countMetrics) {
          for (const basis of METRICS[metric].bases) {
            const yearTotal = computeMeasure(cases, { metric, basis }, fy).total;
            const sum = quartersOf(2021).reduce((acc, q) => acc + (computeMeasure(cases, { metric, basis }, q).total ?? 0), 0);
            expect(sum, `${metric} ${basis}`).toBe(yearTotal);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it("carried forward at a quarter's end equals brought forward at the next one's start", () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        const [q1, q2] = [quarter(2021, 1), quarter(2021, 2)];
        expect(computeMeasure(cases, { metric: "open_at_end" }, q1).total).toBe(computeMeasure(cases, { metric: "open_at_start" }, q2).total);
        for (const s of ["stage1", "stage2"] as const) {
          expect(computeMeasure(cases, { metric: "open_at_end", stage: s }, q1).total).toBe(
            computeMeasure(cases, { metric: "open_at_start", stage: s }, q2).total,
          );
        }
      }),
      runs,
    );
  });

  it("single-valued groups add up to the total; multi-valued groups are each at most the total and add up to at least it", () => {
    const metrics: Metric[] = ["cases_received", "cases_completed", "stages_started", "reasons", "open_at_end"];
    fc.assert(
      fc.property(casesArb, (cases) => {
        for (const metric of metrics) {
          const total = computeMeasure(cases, { metric }, fy).total ?? 0;
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          const byKind = computeMeasure(cases, { metric, groupBy: ["kind"] }, fy).groups.map((g) => g.value ?? 0);
          expect(sum(byKind), metric).toBe(total);
          const byTeam = computeMeasure(cases, { metric, groupBy: ["team"] }, fy).groups.map((g) => g.value ?? 0);
          expect(sum(byTeam)).toBeGreaterThanOrEqual(total);
          for (const v of byTeam) expect(v).toBeLessThanOrEqual(total);
        }
      }),
      runs,
    );
  });

  it("a filter on one value gives that value's group", () => {
    fc.assert(
      fc.property(casesArb, fc.constantFrom("T1", "T2", "T3"), (cases, team) => {
        const grouped = computeMeasure(cases, { metric: "cases_received", groupBy: ["team"] }, fy).groups;
        const filtered = computeMeasure(cases, { metric: "cases_received", filter: { team: [team] } }, fy).total;
        expect(filtered).toBe(grouped.find((g) => g.key[0] === team)?.value ?? 0);
      }),
      runs,
    );
  });

  it("percent within timescale is within ÷ (within + outside), between 0 and 100", () => {
    fc.assert(
      fc.property(casesArb, fc.constantFrom(undefined, 10, 20), (cases, withinWorkingDays) => {
        const spec = { withinWorkingDays };
        const within = computeMeasure(cases, { metric: "within_timescale", ...spec }, fy).total ?? 0;
        const outside = computeMeasure(cases, { metric: "outside_timescale", ...spec }, fy).total ?? 0;
        const percent = computeMeasure(cases, { metric: "percent_within_timescale", ...spec }, fy);
        expect(percent.base).toBe(within + outside);
        if (percent.base === 0) expect(percent.total).toBeNull();
        else {
          expect(percent.total).toBeCloseTo((100 * within) / (within + outside), 10);
          expect(percent.total).toBeGreaterThanOrEqual(0);
          expect(percent.total).toBeLessThanOrEqual(100);
        }
      }),
      runs,
    );
  });

  it("stage responses grouped by stage add up to the responses; stage volumes count each stage reached", () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        const completed = computeMeasure(cases, { metric: "cases_completed", groupBy: ["stage"] }, fy);
        expect(completed.groups.reduce((a, g) => a + (g.value ?? 0), 0)).toBe(completed.total);
        const started = cases.flatMap((c) => c.stages).filter((s) => s.startedOn >= fy.start && s.startedOn <= fy.end);
        expect(computeMeasure(cases, { metric: "stages_started" }, fy).total).toBe(started.length);
      }),
      runs,
    );
  });
});
