import { describe, expect, it } from "vitest";
import { financialYear, quarter } from "../periods/financial-year";
import type { CaseFacts } from "./case-facts";
import { computeMeasure } from "./compute-measure";
import type { MeasureSpecInput } from "./measure-spec";
import { caseFacts, stage } from "./testing/case-facts-builder";

/**
 * A small council year, 2021/22, worked out by hand. Working days are counted with the real calendar
 * (England and Wales), e.g. 2021-05-04 → 2021-05-14 is 8 working days.
 */
const T1 = { code: "T1", serviceArea: "children_in_care" } as const;
const T2 = { code: "T2", serviceArea: "fostering" } as const;
const T3 = { code: "T3", serviceArea: "adoption" } as const;

const A = caseFacts({
  receivedOn: "2021-05-04",
  teams: [T1],
  reasons: [
    { category: "COMM", reason: "R1", theme: "communication" },
    { category: "TIME", reason: "R2", theme: "delay" },
  ],
  acknowledgement: { dueOn: "2021-05-06", acknowledgedOn: "2021-05-05", met: true },
  stages: [stage("stage1", "2021-05-04", { respondedOn: "2021-05-14", outcome: "upheld", localOutcome: "Upheld" })],
});
const B = caseFacts({
  receivedOn: "2021-06-01",
  teams: [T1, T2],
  reasons: [{ category: "COMM", reason: "R1", theme: "communication" }],
  channel: "via_advocate",
  madeByChild: true,
  advocacy: { offered: true, taken: true, provider: "Advocacy Org" },
  acknowledgement: { dueOn: "2021-06-03", acknowledgedOn: "2021-06-07", met: false },
  stages: [
    stage("stage1", "2021-06-01", { respondedOn: "2021-06-29", timescale: 20, outcome: "partially_upheld" }),
    stage("stage2", "2021-08-02", { respondedOn: "2021-10-15", timescale: 65, lateRequest: true }),
    stage("stage3", "2021-11-01", { respondedOn: "2022-01-20" }),
  ],
});
const C = caseFacts({ receivedOn: "2022-03-20", stages: [stage("stage1", "2022-03-21")] });
const D = caseFacts({
  receivedOn: "2021-02-15",
  stages: [stage("stage1", "2021-02-15", { respondedOn: "2021-04-20", timescale: 20 })],
});
const E = caseFacts({
  receivedOn: "2021-09-10",
  notConsidered: { reason: "court_proceedings", on: "2021-09-20", localReason: "Court" },
});
const F = caseFacts({ receivedOn: "2021-10-01", withdrawnOn: "2021-10-05", stages: [stage("stage1", "2021-10-01")] });
const G = caseFacts({ kind: "compliment", receivedOn: "2021-07-07", teams: [T3], localDimensions: { cause: "Staff" } });
const H = caseFacts({ receivedOn: "2022-04-05" });
const I = caseFacts({
  receivedOn: "2020-12-01",
  stages: [stage("stage1", "2020-12-01", { respondedOn: "2021-01-10" }), stage("stage2", "2021-03-01", { respondedOn: "2021-06-10" })],
  lgsco: [{ referredOn: "2021-08-01", decidedOn: "2021-12-01", decision: "upheld", localDecision: "Fault/Injustice" }],
});
const J = caseFacts({
  receivedOn: "2021-11-11",
  stages: [stage("stage1", "2021-11-11", { respondedOn: "2021-11-25" })],
  lgsco: [{ referredOn: "2022-02-01", decidedOn: null, decision: null, localDecision: null }],
});

const year: CaseFacts[] = [A, B, C, D, E, F, G, H, I, J];
const fy = financialYear(2021);
const run = (spec: MeasureSpecInput, facts: CaseFacts[] = year) => computeMeasure(facts, spec, fy);
const groups = (spec: MeasureSpecInput) => run(spec).groups.map((g) => [...g.key, g.value]);

describe("the fixture's working days are what the expectations assume", () => {
  it("counts taken days with the real calendar", () => {
    expect(A.stages[0]?.workingDaysTaken).toBe(8);
    expect(B.stages.map((s) => s.workingDaysTaken)).toEqual([20, 53, 55]);
    expect(D.stages[0]?.workingDaysTaken).toBe(44);
    expect(J.stages[0]?.workingDaysTaken).toBe(10);
    expect(I.stages[1]?.workingDaysTaken).toBe(69);
  });
});

describe("volumes (received basis)", () => {
  it("counts cases received in the period, each once", () => {
    expect(run({ metric: "cases_received" })).toMatchObject({ total: 7, base: 7, basis: "received", groups: [] });
    expect(run({ metric: "cases_received", filter: { kind: ["complaint"] } }).total).toBe(6);
    expect(groups({ metric: "cases_received", groupBy: ["kind"] })).toEqual([
      ["complaint", 6],
      ["compliment", 1],
    ]);
  });

  it("counts a case once per team, so team groups can add up to more than the cases", () => {
    const result = run({ metric: "cases_received", groupBy: ["team"] });
    expect(result.total).toBe(7);
    expect(result.groups.map((g) => [...g.key, g.value])).toEqual([
      ["T1", 2],
      ["T2", 1],
      ["T3", 1],
      ["not_recorded", 4],
    ]);
    expect(groups({ metric: "cases_received", groupBy: ["serviceArea"] })).toEqual([
      ["children_in_care", 2],
      ["fostering", 1],
      ["adoption", 1],
      ["unassigned", 4],
    ]);
  });

  it("filters a multi-valued dimension by any value and groups only the allowed ones", () => {
    expect(groups({ metric: "cases_received", filter: { team: ["T2"] }, groupBy: ["team"] })).toEqual([["T2", 1]]);
    expect(run({ metric: "cases_received", filter: { team: ["T2"] } }).total).toBe(1);
  });

  it("counts a complaint through Stages 1–3 at each stage, but once by team", () => {
    expect(groups({ metric: "stages_started", groupBy: ["stage"] })).toEqual([
      ["stage1", 5],
      ["stage2", 1],
      ["stage3", 1],
    ]);
    expect(run({ metric: "stages_started", stage: "stage3" }).total).toBe(1);
    expect(groups({ metric: "cases_received", filter: { team: ["T1"] }, groupBy: ["team"] })).toEqual([["T1", 2]]);
  });

  it("groups by financial quarter and month of receipt", () => {
    expect(groups({ metric: "cases_received", groupBy: ["quarter"] })).toEqual([
      ["2021/22 Q1", 2],
      ["2021/22 Q2", 2],
      ["2021/22 Q3", 2],
      ["2021/22 Q4", 1],
    ]);
    expect(groups({ metric: "cases_received", filter: { kind: ["compliment"] }, groupBy: ["month"] })).toEqual([["2021-07", 1]]);
  });

  it("groups by two dimensions", () => {
    expect(groups({ metric: "cases_received", groupBy: ["kind", "madeByChild"] })).toEqual([
      ["complaint", "true", 1],
      ["complaint", "false", 5],
      ["compliment", "false", 1],
    ]);
  });

  it("reads a council's own local dimension", () => {
    expect(groups({ metric: "cases_received", filter: { kind: ["compliment"] }, groupBy: ["local:cause"] })).toEqual([["Staff", 1]]);
  });
});

describe("reasons: several per case", () => {
  it("counts every reason, so the total exceeds the cases", () => {
    expect(run({ metric: "reasons" }).total).toBe(3);
    expect(groups({ metric: "reasons", groupBy: ["reasonTheme"] })).toEqual([
      ["communication", 2],
      ["delay", 1],
    ]);
    expect(groups({ metric: "reasons", groupBy: ["reasonCategory", "reason"] })).toEqual([
      ["COMM", "R1", 2],
      ["TIME", "R2", 1],
    ]);
  });

  it("counts cases by reason theme once per theme", () => {
    expect(groups({ metric: "cases_received", groupBy: ["reasonTheme"] })).toEqual([
      ["communication", 2],
      ["delay", 1],
      ["not_recorded", 5],
    ]);
  });

  it("on the completed basis counts the reasons of cases finished in the period", () => {
    expect(run({ metric: "reasons", basis: "completed" }).total).toBe(3);
    expect(run({ metric: "reasons", basis: "completed" }, [A]).total).toBe(2);
  });
});

describe("outcomes and timescales (completed basis)", () => {
  it("counts stage responses sent in the period, by stage and outcome", () => {
    expect(run({ metric: "cases_completed" }).total).toBe(7);
    expect(groups({ metric: "cases_completed", groupBy: ["stage", "outcome"] })).toEqual([
      ["stage1", "upheld", 1],
      ["stage1", "partially_upheld", 1],
      ["stage1", "not_upheld", 2],
      ["stage2", "not_upheld", 2],
      ["stage3", "not_upheld", 1],
    ]);
    expect(groups({ metric: "cases_completed", stage: "stage1", groupBy: ["localOutcome"] })).toEqual([
      ["Upheld", 1],
      ["not_recorded", 3],
    ]);
  });

  it("on the received basis counts stages started in the period and since responded", () => {
    expect(run({ metric: "cases_completed", basis: "received" }).total).toBe(5);
  });

  it("measures timeliness against each stage's timescale or a fixed number of days", () => {
    expect(run({ metric: "within_timescale", stage: "stage1" }).total).toBe(3);
    expect(run({ metric: "outside_timescale", stage: "stage1" }).total).toBe(1);
    expect(run({ metric: "percent_within_timescale", stage: "stage1" }).total).toBe(75);
    expect(run({ metric: "percent_within_timescale", stage: "stage1", withinWorkingDays: 10 }).total).toBe(50);
    expect(run({ metric: "within_timescale", stage: "stage1", withinWorkingDays: 10 }).total).toBe(2);
    expect(run({ metric: "outside_timescale", stage: "stage1", withinWorkingDays: 10 }).total).toBe(2);
    expect(groups({ metric: "percent_within_timescale", groupBy: ["stage"] })).toEqual([
      ["stage1", 75],
      ["stage2", 50],
      ["stage3", 0],
    ]);
  });

  it("averages working days taken", () => {
    expect(run({ metric: "average_working_days", stage: "stage1" })).toMatchObject({ total: 20.5, base: 4 });
  });

  it("bands responses by working days taken", () => {
    expect(groups({ metric: "cases_completed", stage: "stage1", groupBy: ["band"] })).toEqual([
      ["within_10", 2],
      ["within_20", 1],
      ["over_40", 1],
    ]);
    expect(groups({ metric: "cases_completed", stage: "stage1", groupBy: ["band"], bands: [10] })).toEqual([
      ["within_10", 2],
      ["over_10", 2],
    ]);
    expect(groups({ metric: "stages_started", stage: "stage1", groupBy: ["band"] }).at(-1)).toEqual(["open", 2]);
  });

  it("counts extensions and late requests", () => {
    expect(run({ metric: "extended" }).total).toBe(3);
    expect(run({ metric: "late_requests" }).total).toBe(1);
    expect(run({ metric: "escalated" }).total).toBe(2);
    expect(run({ metric: "escalated", stage: "stage2" }).total).toBe(1);
    expect(groups({ metric: "stages_started", groupBy: ["lateRequest"] })).toEqual([
      ["true", 1],
      ["false", 6],
    ]);
  });
});

describe("carried forward, brought forward and finished", () => {
  it("counts cases open at the end, carried into the next year", () => {
    expect(run({ metric: "open_at_end" })).toMatchObject({ total: 1, basis: null });
    expect(run({ metric: "open_at_end", stage: "stage1" }).total).toBe(1);
    expect(run({ metric: "open_at_end", stage: "stage2" }).total).toBe(0);
    expect(groups({ metric: "open_at_end", groupBy: ["stage", "quarter"] })).toEqual([["stage1", "2021/22 Q4", 1]]);
  });

  it("counts cases open at the start, each at the stage that was open", () => {
    expect(run({ metric: "open_at_start" }).total).toBe(2);
    expect(groups({ metric: "open_at_start", groupBy: ["stage"] })).toEqual([
      ["stage1", 1],
      ["stage2", 1],
    ]);
    expect(run({ metric: "open_at_start", stage: "stage2" }).total).toBe(1);
    expect(groups({ metric: "open_at_start", groupBy: ["financialYear"] })).toEqual([["2021/22", 2]]);
  });

  it("counts cases finished in the period", () => {
    expect(run({ metric: "cases_closed" }).total).toBe(8);
  });

  it("counts complaints not considered by reason, and withdrawals", () => {
    expect(groups({ metric: "not_considered", groupBy: ["notConsideredReason"] })).toEqual([["court_proceedings", 1]]);
    expect(groups({ metric: "not_considered", basis: "completed", groupBy: ["localNotConsideredReason"] })).toEqual([["Court", 1]]);
    expect(run({ metric: "withdrawn" }).total).toBe(1);
    expect(run({ metric: "withdrawn", basis: "completed" }, [F]).total).toBe(1);
  });
});

describe("acknowledgement, advocacy and the LGSCO", () => {
  it("measures acknowledgement against the local target", () => {
    expect(run({ metric: "acknowledged_in_target" }).total).toBe(1);
    expect(run({ metric: "percent_acknowledged_in_target" })).toMatchObject({ total: 50, base: 2 });
    expect(run({ metric: "percent_acknowledged_in_target", basis: "completed" })).toMatchObject({ total: 50, base: 2 });
    expect(groups({ metric: "cases_received", groupBy: ["acknowledgedInTarget"] })).toEqual([
      ["true", 1],
      ["false", 1],
      ["not_recorded", 5],
    ]);
  });

  it("counts advocacy offered and taken", () => {
    expect(run({ metric: "advocacy_offered" }).total).toBe(1);
    expect(run({ metric: "advocacy_taken" }).total).toBe(1);
    expect(run({ metric: "percent_advocacy_offered" })).toMatchObject({ total: 100, base: 1 });
    expect(groups({ metric: "advocacy_taken", groupBy: ["advocacyProvider", "advocacyOffered"] })).toEqual([["Advocacy Org", "true", 1]]);
  });

  it("counts LGSCO referrals and decisions", () => {
    expect(run({ metric: "lgsco_referrals" }).total).toBe(2);
    expect(groups({ metric: "lgsco_referrals", groupBy: ["lgscoDecision"] })).toEqual([
      ["upheld", 1],
      ["not_recorded", 1],
    ]);
    expect(groups({ metric: "lgsco_decisions", groupBy: ["localDecision"] })).toEqual([["Fault/Injustice", 1]]);
    expect(run({ metric: "lgsco_decisions", basis: "received" }).total).toBe(1);
    expect(groups({ metric: "cases_received", filter: { kind: ["complaint"] }, groupBy: ["lgscoDecision"] })).toEqual([["not_recorded", 6]]);
  });

  it("averages the LGSCO's working days from referral to decision, only where both dates are recorded", () => {
    // 2021-08-01 (a Sunday) to 2021-12-01: 87 working days (the August bank holiday, 30 August 2021, does not count).
    expect(run({ metric: "lgsco_average_working_days" })).toMatchObject({ total: 87, base: 1 });
    expect(run({ metric: "lgsco_average_working_days", basis: "received" })).toMatchObject({ total: 87, base: 1 });
    expect(groups({ metric: "lgsco_average_working_days", groupBy: ["lgscoDecision"] })).toEqual([["upheld", 87]]);
  });
});

describe("empty groups, periods and bad input", () => {
  it("returns zero groups for every canonical value when asked", () => {
    const result = run({ metric: "cases_received", groupBy: ["kind"], includeEmpty: true });
    expect(result.groups.map((g) => g.key[0])).toEqual([
      "complaint",
      "informal_resolution",
      "comment",
      "compliment",
      "signpost",
      "member_enquiry",
      "lgsco_enquiry",
    ]);
    expect(result.groups.find((g) => g.key[0] === "comment")).toEqual({ key: ["comment"], value: 0, base: 0 });
    const bands = run({ metric: "cases_completed", stage: "stage2", groupBy: ["band"], includeEmpty: true });
    expect(bands.groups.map((g) => [...g.key, g.value])).toEqual([
      ["within_25", 0],
      ["within_65", 1],
      ["over_65", 1],
      ["open", 0],
    ]);
    const ownBands = run({ metric: "cases_completed", groupBy: ["band"], bands: [15], includeEmpty: true });
    expect(ownBands.groups.map((g) => [...g.key, g.value])).toEqual([
      ["within_15", 2],
      ["over_15", 5],
      ["open", 0],
    ]);
    // Every statutory band (the definitions' bands: Stage 1 10/20/40, Stage 2 25/65, Stage 3 the panel's 30).
    expect(run({ metric: "cases_completed", groupBy: ["band"], includeEmpty: true }).groups.map((g) => g.key[0])).toEqual([
      "within_10",
      "within_20",
      "within_25",
      "within_30",
      "within_40",
      "within_65",
      "over_30",
      "over_40",
      "over_65",
      "open",
    ]);
    const percent = run({ metric: "percent_within_timescale", groupBy: ["stage", "extended"], includeEmpty: true });
    expect(percent.groups).toContainEqual({ key: ["stage3", "true"], value: null, base: 0 });
    const filtered = run({ metric: "cases_received", groupBy: ["kind"], filter: { kind: ["comment"] }, includeEmpty: true });
    expect(filtered.groups).toEqual([{ key: ["comment"], value: 0, base: 0 }]);
  });

  it("a percentage or average with nothing to base it on is null", () => {
    expect(run({ metric: "percent_within_timescale" }, [])).toMatchObject({ total: null, base: 0 });
    expect(run({ metric: "average_working_days" }, [])).toMatchObject({ total: null, base: 0 });
  });

  it("quarters of the year add up to the year", () => {
    const byQuarter = [1, 2, 3, 4].map((q) => computeMeasure(year, { metric: "cases_completed" }, quarter(2021, q as 1)).total ?? 0);
    expect(byQuarter.reduce((a, b) => a + b, 0)).toBe(7);
  });

  it("rejects a bad spec or period naming the field and the rule", () => {
    expect(() => run({ metric: "cases_received", basis: "completed" })).toThrow(/basis: "completed" does not apply/);
    expect(() => computeMeasure(year, { metric: "cases_received" }, { start: "2022-04-01", end: "2021-04-01" })).toThrow(
      /Invalid period: end: end must be on or after start/,
    );
    expect(() => computeMeasure(year, { metric: "cases_received" }, { start: "2021-02-29", end: "2021-04-01" })).toThrow(/Invalid period: start: /);
  });
});

describe("timeliness when working days are unknown", () => {
  it("leaves a response with no working days out of a fixed-days percentage", () => {
    const s = { ...stage("stage1", "2021-05-04", { respondedOn: "2021-05-14" }), workingDaysTaken: null };
    const unknown = caseFacts({ receivedOn: "2021-05-04", stages: [s] });
    expect(run({ metric: "percent_within_timescale", withinWorkingDays: 10 }, [unknown, A])).toMatchObject({ total: 100, base: 1 });
    expect(run({ metric: "percent_within_timescale" }, [unknown, A])).toMatchObject({ total: 100, base: 2 });
  });
});
