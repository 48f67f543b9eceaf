import { describe, expect, it } from "vitest";
import { dimensionValues } from "./dimension-values";
import { DIMENSION_NAMES, type DimensionKey, NOT_RECORDED, dimensionInfo, isTimeDimension } from "./dimensions";
import type { CountedItem } from "./metric-rules";
import { caseFacts, stage } from "./testing/case-facts-builder";

const full = caseFacts({
  kind: "complaint",
  localKind: "CSC",
  receivedOn: "2022-01-10",
  channel: "web_form",
  localChannel: "WEB",
  complainantRelationship: "foster_carer",
  localComplainantType: "FC",
  madeByChild: true,
  advocacy: { offered: true, taken: false, provider: "Advocates" },
  teams: [
    { code: "T1", serviceArea: "fostering" },
    { code: "T2", serviceArea: "fostering" },
  ],
  reasons: [
    { category: "C1", reason: "R1", theme: "delay" },
    { category: null, reason: null, theme: "delay" },
  ],
  acknowledgement: { dueOn: null, acknowledgedOn: null, met: true },
  notConsidered: { reason: "out_of_time", on: "2022-01-12", localReason: "Late" },
  stages: [
    stage("stage1", "2022-01-10", { respondedOn: "2022-01-31", timescale: 20, outcome: "upheld", localOutcome: "U" }),
    stage("stage2", "2022-02-10", { lateRequest: true }),
  ],
  lgsco: [{ referredOn: "2022-03-01", decidedOn: null, decision: "premature", localDecision: "Premature" }],
  equalities: { gender: "F", ethnicity: "E1", disability: "N", ageBand: "18-24" },
  localDimensions: { cause: "Kindness" },
});
const bare = caseFacts({ channel: null, localChannel: null, complainantRelationship: null, localComplainantType: null, procedure: null });
const asCase = (facts = full): CountedItem => ({ facts, stage: null, reason: null, lgsco: null });
const context = { date: "2022-01-10" };

describe("dimension values", () => {
  it("every catalogued dimension yields at least one value for any case", () => {
    for (const key of DIMENSION_NAMES) {
      for (const facts of [full, bare]) {
        const values = dimensionValues(asCase(facts), key, context);
        expect(values.length, key).toBeGreaterThan(0);
        const known = dimensionInfo(key).values;
        if (known) for (const v of values) expect([...known, NOT_RECORDED], `${key}=${v}`).toContain(v);
      }
    }
  });

  it.each<[DimensionKey, string[], string[]]>([
    ["kind", ["complaint"], ["complaint"]],
    ["localKind", ["CSC"], [NOT_RECORDED]],
    ["procedure", ["childrens_statutory"], [NOT_RECORDED]],
    ["channel", ["web_form"], [NOT_RECORDED]],
    ["localChannel", ["WEB"], [NOT_RECORDED]],
    ["complainantRelationship", ["foster_carer"], [NOT_RECORDED]],
    ["localComplainantType", ["FC"], [NOT_RECORDED]],
    ["madeByChild", ["true"], ["false"]],
    ["advocacyOffered", ["true"], [NOT_RECORDED]],
    ["advocacyTaken", ["false"], [NOT_RECORDED]],
    ["advocacyProvider", ["Advocates"], [NOT_RECORDED]],
    ["acknowledgedInTarget", ["true"], [NOT_RECORDED]],
    ["notConsideredReason", ["out_of_time"], [NOT_RECORDED]],
    ["localNotConsideredReason", ["Late"], [NOT_RECORDED]],
    ["serviceArea", ["fostering"], ["unassigned"]],
    ["team", ["T1", "T2"], [NOT_RECORDED]],
    ["stage", ["stage1", "stage2"], [NOT_RECORDED]],
    ["resolutionStage", ["lgsco"], [NOT_RECORDED]],
    ["entryStage", ["stage1"], [NOT_RECORDED]],
    ["furthestStage", ["stage2"], [NOT_RECORDED]],
    ["outcome", ["upheld", NOT_RECORDED], [NOT_RECORDED]],
    ["localOutcome", ["U", NOT_RECORDED], [NOT_RECORDED]],
    ["band", ["within_20", "open"], [NOT_RECORDED]],
    ["met", ["true", NOT_RECORDED], [NOT_RECORDED]],
    ["extended", ["true", "false"], [NOT_RECORDED]],
    ["lateRequest", ["false", "true"], [NOT_RECORDED]],
    ["reasonTheme", ["delay"], [NOT_RECORDED]],
    ["reasonCategory", ["C1", NOT_RECORDED], [NOT_RECORDED]],
    ["reason", ["R1", NOT_RECORDED], [NOT_RECORDED]],
    ["lgscoDecision", ["premature"], [NOT_RECORDED]],
    ["localDecision", ["Premature"], [NOT_RECORDED]],
    ["gender", ["F"], [NOT_RECORDED]],
    ["ethnicity", ["E1"], [NOT_RECORDED]],
    ["disability", ["N"], [NOT_RECORDED]],
    ["ageBand", ["18-24"], [NOT_RECORDED]],
    ["month", ["2022-01"], ["2022-01"]],
    ["quarter", ["2021/22 Q4"], ["2021/22 Q4"]],
    ["financialYear", ["2021/22"], ["2021/22"]],
    ["local:cause", ["Kindness"], [NOT_RECORDED]],
  ])("%s: full case %j, bare case %j", (key, fullValues, bareValues) => {
    expect(dimensionValues(asCase(full), key, context)).toEqual(fullValues);
    expect(dimensionValues(asCase(bare), key, context)).toEqual(bareValues);
  });

  it("takes the item's own stage, reason or referral when the metric counts those", () => {
    const [s1, s2] = full.stages;
    expect(dimensionValues({ ...asCase(), stage: s2 ?? null }, "stage", context)).toEqual(["stage2"]);
    expect(dimensionValues({ ...asCase(), stage: s1 ?? null }, "band", { ...context, bands: [5] })).toEqual(["over_5"]);
    expect(dimensionValues({ ...asCase(), reason: full.reasons[0] ?? null }, "reason", context)).toEqual(["R1"]);
    expect(dimensionValues(asCase(), "stage", { ...context, stage: "stage2" })).toEqual(["stage2"]);
    expect(dimensionValues(asCase(), "stage", { ...context, relevantStage: (s) => s.respondedOn === null })).toEqual(["stage2"]);
  });

  it("the resolution stage is the furthest stage reached, each case once", () => {
    const escalated = caseFacts({ stages: [stage("stage1", "2022-01-10"), stage("stage2", "2022-02-10")] });
    expect(dimensionValues(asCase(escalated), "resolutionStage", context)).toEqual(["stage2"]);
    const direct = caseFacts({ stages: [stage("stage2", "2022-02-10")] });
    expect(dimensionValues(asCase(direct), "resolutionStage", context)).toEqual(["stage2"]);
  });

  it("the entry stage is where a case entered the procedure; the furthest stage ignores an LGSCO referral", () => {
    const direct = caseFacts({
      stages: [stage("stage2", "2022-02-10"), stage("stage3", "2022-04-01")],
      lgsco: [{ referredOn: "2022-06-01", decidedOn: null, decision: null, localDecision: null }],
    });
    expect(dimensionValues(asCase(direct), "entryStage", context)).toEqual(["stage2"]);
    expect(dimensionValues(asCase(direct), "furthestStage", context)).toEqual(["stage3"]);
    expect(dimensionValues(asCase(direct), "resolutionStage", context)).toEqual(["lgsco"]);
    // Listed out of order, the stages still read in procedure order.
    const unordered = caseFacts({ stages: [stage("stage2", "2022-02-10"), stage("stage1", "2022-01-10")] });
    expect(dimensionValues(asCase(unordered), "entryStage", context)).toEqual(["stage1"]);
    expect(dimensionValues(asCase(unordered), "furthestStage", context)).toEqual(["stage2"]);
  });

  it("a responded stage without working days taken has no band", () => {
    const s = { ...stage("stage1", "2022-01-10", { respondedOn: "2022-01-12" }), workingDaysTaken: null };
    expect(dimensionValues({ ...asCase(), stage: s }, "band", context)).toEqual([NOT_RECORDED]);
  });

  it("refuses an unknown dimension by name", () => {
    expect(() => dimensionValues(asCase(), "colour" as DimensionKey, context)).toThrow('"colour" is not a known dimension');
  });
});

describe("isTimeDimension", () => {
  it("is true for the catalogue's time dimensions only, and for no local dimension", () => {
    expect(DIMENSION_NAMES.filter((d) => isTimeDimension(d))).toEqual(["month", "quarter", "financialYear"]);
    expect(isTimeDimension("local:month")).toBe(false);
  });
});
