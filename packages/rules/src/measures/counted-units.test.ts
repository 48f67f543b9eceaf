import { describe, expect, it } from "vitest";
import { financialYear } from "../periods/financial-year";
import { STAGES, type Stage } from "../vocabulary/canonical";
import type { CaseFacts } from "./case-facts";
import { computeMeasure } from "./compute-measure";
import { COUNTED_UNITS_VERSION, type CountedUnit, countedUnits, isStageLevel, unitComparisons, unitMetricKeys } from "./counted-units";
import type { MeasureSpec } from "./measure-spec";
import { METRIC_RULES } from "./metric-rules";
import { type Basis, METRIC_NAMES, METRICS } from "./metrics";
import { caseFacts, stage } from "./testing/case-facts-builder";

/**
 * countedUnits against the reference: counting the units with nothing but filters (what the SQL aggregator in
 * @csc/db does) gives computeMeasure's figure for every stored metric, basis, stage and stage2From.
 */
const CASES: CaseFacts[] = [
  caseFacts({
    receivedOn: "2021-05-04",
    reasons: [
      { category: "COMM", reason: "R1", theme: "communication" },
      { category: "TIME", reason: "R2", theme: "delay" },
    ],
    acknowledgement: { dueOn: "2021-05-06", acknowledgedOn: "2021-05-05", met: true },
    stages: [stage("stage1", "2021-05-04", { respondedOn: "2021-05-14", outcome: "upheld" })],
  }),
  caseFacts({
    receivedOn: "2021-06-01",
    channel: "via_advocate",
    madeByChild: true,
    advocacy: { offered: true, taken: true, provider: "Advocacy Org" },
    acknowledgement: { dueOn: "2021-06-03", acknowledgedOn: "2021-06-07", met: false },
    reasons: [{ category: "COMM", reason: "R1", theme: "communication" }],
    stages: [
      stage("stage1", "2021-06-01", { respondedOn: "2021-06-29", timescale: 20, outcome: "partially_upheld" }),
      stage("stage2", "2021-08-02", { respondedOn: "2021-10-15", timescale: 65, lateRequest: true }),
      stage("stage3", "2021-11-01", { respondedOn: "2022-01-20" }),
    ],
  }),
  caseFacts({ receivedOn: "2022-03-20", stages: [stage("stage1", "2022-03-21")] }),
  caseFacts({ kind: "compliment", receivedOn: "2021-09-09", channel: "web_form" }),
  caseFacts({ receivedOn: "2021-01-10", stages: [stage("stage1", "2021-01-11", { respondedOn: "2021-04-20", outcome: "not_upheld" })] }),
];
const PERIOD = financialYear(2021);
const inPeriod = (date: string | undefined) => date !== undefined && date >= PERIOD.start && date <= PERIOD.end;

/** The figure from units alone, as a database counts them: filters, count, count FILTER (hit), avg(value). */
function fromUnits(units: readonly CountedUnit[], spec: MeasureSpec, basis: Basis, channel?: string): { total: number | null; base: number } {
  const { key, fallback } = unitMetricKeys(spec);
  const info = METRICS[spec.metric];
  const counted = units.flatMap((u) => {
    if (u.unit !== info.unit) return [];
    if (spec.stage !== undefined && (info.unit === "stage" ? u.stage !== spec.stage : !u.stagesReached.includes(spec.stage))) return [];
    if (channel !== undefined && !(u.dims.channel ?? []).includes(channel)) return [];
    const verdict = key in u.metrics ? u.metrics[key] : u.metrics[fallback];
    if (!verdict) return [];
    const { limit } = unitComparisons(spec, PERIOD);
    const within = limit ? (verdict.w as number) <= limit.workingDays : undefined;
    if (limit && limit.counts !== "all" && within !== (limit.counts === "within")) return [];
    return inPeriod(basis === "received" ? verdict.r : verdict.c) ? [{ ...verdict, h: within ?? verdict.h }] : [];
  });
  const base = counted.length;
  if (info.aggregation === "count") return { total: base, base };
  if (base === 0) return { total: null, base };
  if (info.aggregation === "percent") return { total: (100 * counted.filter((v) => v.h).length) / base, base };
  return { total: counted.reduce((sum, v) => sum + (v.v ?? 0), 0) / base, base };
}

describe("countedUnits (what the database counts)", () => {
  const units = CASES.flatMap(countedUnits);

  it("has a unit per case, stage, reason and referral, and says which specs it can count", () => {
    expect(units.filter((u) => u.unit === "case")).toHaveLength(CASES.length);
    expect(units.filter((u) => u.unit === "stage")).toHaveLength(CASES.reduce((n, c) => n + c.stages.length, 0));
    expect(units.filter((u) => u.unit === "reason")).toHaveLength(3);
    expect(COUNTED_UNITS_VERSION).toBeGreaterThan(0);
    expect(unitMetricKeys({ metric: "within_timescale", withinWorkingDays: 15, stage2From: "request" })).toEqual({
      key: "within_timescale|w|request",
      fallback: "within_timescale|w",
    });
    expect(isStageLevel("outcome")).toBe(true);
    expect(isStageLevel("channel")).toBe(false);
    expect(unitComparisons({ metric: "open_at_start" }, PERIOD).snapshot).toEqual({ on: "2021-03-31", countedOn: PERIOD.start });
  });

  it("stores the open intervals isCaseOpenOn and isStageOpenOn decide, and each stage's band basis", () => {
    const [first, second, third] = CASES.map((c) => countedUnits(c).find((u) => u.unit === "case") as CountedUnit);
    expect(first?.open).toEqual([["2021-05-04", "2021-05-14"]]);
    // Closed between a stage's response and the next stage's start.
    expect(second?.open).toEqual([
      ["2021-06-01", "2021-06-29"],
      ["2021-08-02", "2021-10-15"],
      ["2021-11-01", "2022-01-20"],
    ]);
    expect(third?.open).toEqual([["2022-03-20", null]]);
    expect(third?.stages).toMatchObject([{ s: "stage1", o: [["2022-03-21", null]], b: "open" }]);
    expect(first?.stages[0]?.b).toBe(8);
  });

  const stored = METRIC_NAMES.filter((m) => METRICS[m].bases.length > 0);
  for (const metric of stored) {
    for (const basis of METRICS[metric].bases) {
      it(`${metric} on ${basis}: the units give computeMeasure's figure, overall, by stage and by channel`, () => {
        const stages: (Stage | undefined)[] = [undefined, ...STAGES];
        for (const s of stages) {
          for (const stage2From of [undefined, "agreed_statement", "request"] as const) {
            const limit = METRIC_RULES[metric].threshold && s === "stage1" ? { withinWorkingDays: 12 } : {};
            const spec = { metric, basis, ...(s ? { stage: s } : {}), ...(stage2From ? { stage2From } : {}), ...limit } as MeasureSpec;
            const reference = computeMeasure(CASES, spec, PERIOD);
            expect(fromUnits(units, spec, basis), JSON.stringify(spec)).toEqual({ total: reference.total, base: reference.base });
            const byChannel = computeMeasure(CASES, { ...spec, groupBy: ["channel"] }, PERIOD);
            for (const group of byChannel.groups) {
              expect(fromUnits(units, spec, basis, group.key[0]).base, `${JSON.stringify(spec)} ${group.key[0]}`).toBe(group.base);
            }
          }
        }
      });
    }
  }
});
