import { describe, expect, it } from "vitest";
import { financialYear } from "../periods/financial-year";
import { STAGES, type Stage } from "../vocabulary/canonical";
import type { CaseFacts } from "./case-facts";
import { computeMeasure } from "./compute-measure";
import { COUNTED_UNITS_VERSION, type CountedUnit, countedUnits, unitDimensionKey, unitMetricKeys, unitsCanCount } from "./counted-units";
import type { MeasureSpec } from "./measure-spec";
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
    if (channel !== undefined && !(u.dims[unitDimensionKey("channel", spec)] ?? []).includes(channel)) return [];
    const verdict = key in u.metrics ? u.metrics[key] : u.metrics[fallback];
    if (!verdict) return [];
    return inPeriod(basis === "received" ? verdict.r : verdict.c) ? [verdict] : [];
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
    expect(unitsCanCount({ metric: "cases_received" })).toBe(true);
    expect(unitsCanCount({ metric: "cases_received", withinWorkingDays: 10 } as MeasureSpec)).toBe(false);
    expect(unitDimensionKey("outcome", { metric: "cases_received", stage: "stage1" })).toBe("outcome@stage1");
    expect(unitDimensionKey("channel", { metric: "cases_received", stage: "stage1" })).toBe("channel");
  });

  const stored = METRIC_NAMES.filter((m) => METRICS[m].bases.length > 0);
  for (const metric of stored) {
    for (const basis of METRICS[metric].bases) {
      it(`${metric} on ${basis}: the units give computeMeasure's figure, overall, by stage and by channel`, () => {
        const stages: (Stage | undefined)[] = [undefined, ...STAGES];
        for (const s of stages) {
          for (const stage2From of [undefined, "agreed_statement", "request"] as const) {
            const spec = { metric, basis, ...(s ? { stage: s } : {}), ...(stage2From ? { stage2From } : {}) } as MeasureSpec;
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
