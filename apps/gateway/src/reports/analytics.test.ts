import { compareWithPublished, standardReportLayout, type CellValue, type Report } from "@csc/council-kit";
import { loadCouncil } from "@csc/registry";
import { computeMeasure, financialYear, type Period } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { graphqlEnumName } from "../schema/enum-values";
import { startHarness, type Harness } from "../testing/harness";
import { discloseFigure, suppressCount, suppressRatio } from "./disclosure";
import { loadCaseFacts } from "./load-case-facts";

/**
 * The analytics API through GraphQL over HTTP, with an analyst signed in: the report as data (the same figures
 * as the golden test), the statistics query, the cross-council comparison with small-count suppression, and
 * refusal of anything that is a case or personal data.
 */
let h: Harness;
let hartlepoolAnalyst: string;
let worcestershireAnalyst: string;
let northAnalyst: string;
let worcestershireManager: string;

beforeAll(async () => {
  h = await startHarness();
  for (const id of ["hartlepool", "worcestershire"]) {
    await importCouncilFixture(h.db.prisma, id);
    await h.addUser(id, "analyst", `analyst@${id}.example`, `analyst ${id}`);
  }
  await h.addUser("worcestershire", "manager", "manager@worcestershire.example", "manager worcestershire");
  worcestershireManager = await h.signIn("manager", "worcestershire");
  hartlepoolAnalyst = await h.signIn("analyst", "hartlepool");
  worcestershireAnalyst = await h.signIn("analyst", "worcestershire");
  northAnalyst = await h.signIn("analyst", "demo-north");
}, 240_000);

afterAll(async () => {
  await h?.stop();
});

const REPORT = `query($fy: Int, $q: Int, $period: ReportPeriodInput) {
  report(financialYear: $fy, quarter: $q, period: $period) {
    council title period { start end }
    sections { id title narrative { id prompt } tables { id title source columns rows { label cells { number text } } } }
  }
}`;

type GqlReport = Omit<Report, "sections"> & {
  sections: Array<{
    id: string;
    title: string;
    tables: Array<{
      id: string;
      title: string;
      columns: string[];
      rows: Array<{ label: string; cells: Array<{ number: number | null; text: string | null }> }>;
    }>;
  }>;
};
const toReport = (r: GqlReport): Report => ({
  ...r,
  sections: r.sections.map((s) => ({
    ...s,
    tables: s.tables.map((t) => ({
      ...t,
      rows: t.rows.map((row) => ({ label: row.label, cells: row.cells.map((c): CellValue => c.number ?? c.text) })),
    })),
  })),
});

describe("report query", () => {
  it("answers the analyst's own council's report, reproducing its published figures", async () => {
    const answer = await h.gql<{ report: GqlReport }>(REPORT, { fy: 2020 }, hartlepoolAnalyst);
    expect(answer.errors).toBeUndefined();
    const report = toReport(answer.data!.report);
    expect(report.council).toBe("hartlepool");
    expect(report.period).toEqual(financialYear(2020));
    const adapter = await loadCouncil("hartlepool");
    const [published] = await adapter.published();
    expect(compareWithPublished(report, published!.figures, { exceptions: adapter.publishedExceptions, year: 2020 })).toEqual([]);
  });

  it("takes a quarter or a date range, and refuses both or neither with the field named", async () => {
    const q = await h.gql<{ report: GqlReport }>(REPORT, { fy: 2021, q: 1 }, worcestershireAnalyst);
    expect(q.errors).toBeUndefined();
    expect(q.data?.report.period).toEqual({ start: "2021-04-01", end: "2021-06-30" });
    const both = await h.gql(REPORT, { fy: 2021, period: { start: "2021-04-01", end: "2021-05-01" } }, worcestershireAnalyst);
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(both.errors?.[0]?.extensions?.field).toEqual(["period"]);
    const neither = await h.gql(REPORT, {}, worcestershireAnalyst);
    expect(neither.errors?.[0]?.extensions?.field).toEqual(["financialYear"]);
  });

  it("answers a council with no plugin and no stored layout in the standard layout", async () => {
    const answer = await h.gql<{ report: { sections: Array<{ id: string }> } }>(
      `query($fy: Int!) { report(financialYear: $fy) { sections { id } } }`,
      { fy: 2021 },
      northAnalyst,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.report.sections.map((s) => s.id)).toEqual(standardReportLayout().sections.map((s) => s.id));
  });

  it("is refused without a sign-in", async () => {
    const answer = await h.gql(REPORT, { fy: 2020 });
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

const STATISTICS = `query($metric: Metric!, $groupBy: [String!], $filter: [DimensionFilterInput!], $fy: Int, $stage: Stage) {
  statistics(metric: $metric, groupBy: $groupBy, filter: $filter, financialYear: $fy, stage: $stage) {
    metric basis period { start end } groupBy value base suppressed missing groups { key value base suppressed missing }
  }
}`;

interface StatsGroup {
  key: string[];
  value: number | null;
  base: number | null;
  suppressed: boolean;
  missing: string | null;
}
interface Stats {
  value: number | null;
  base: number | null;
  suppressed: boolean;
  groups: StatsGroup[];
}

/**
 * What an analyst must see of each group under the disclosure policy: a count of 1–4 withheld with its base; any
 * other count as it is, or withheld as secondary (at most one secondary, since groups of one set are at stake).
 */
function expectDisclosed(groups: readonly StatsGroup[], raw: ReadonlyArray<{ key: readonly string[]; value: number | null }>): void {
  expect(groups.map((g) => g.key)).toEqual(raw.map((g) => [...g.key]));
  raw.forEach((r, i) => {
    const group = groups[i]!;
    const count = r.value ?? 0;
    if (count > 0 && count < 5) expect(group).toMatchObject({ value: null, base: null, suppressed: true, missing: "SMALL_NUMBER" });
    else if (group.suppressed) expect(group).toMatchObject({ value: null, base: null, missing: "SECONDARY" });
    else expect(group).toMatchObject({ value: count, base: count, missing: null });
  });
  const small = raw.filter((r) => (r.value ?? 0) > 0 && (r.value ?? 0) < 5).length;
  const secondary = groups.filter((g) => g.missing === "SECONDARY").length;
  expect(secondary).toBe(small === 1 ? 1 : 0);
}

describe("statistics query", () => {
  const period: Period = financialYear(2021);

  it("computes any metric grouped by a dimension from the stored facts: exactly for a manager, disclosed for an analyst", async () => {
    const facts = await loadCaseFacts(h.db.prisma, "worcestershire", period);
    let withheld = 0;
    for (const groupBy of [["team"], ["outcome"], ["quarter"], ["month"], ["channel"], ["complainantRelationship"], ["reasonTheme"]]) {
      const metric = groupBy[0] === "outcome" ? "cases_completed" : groupBy[0] === "reasonTheme" ? "reasons" : "cases_received";
      const expected = computeMeasure(facts, { metric, groupBy: groupBy as never }, period);
      const exact = await h.gql<{ statistics: Stats }>(STATISTICS, { metric: graphqlEnumName(metric), groupBy, fy: 2021 }, worcestershireManager);
      expect(exact.errors).toBeUndefined();
      expect(exact.data!.statistics.value).toBe(expected.total);
      expect(exact.data!.statistics.groups.map((g) => [g.key, g.value, g.suppressed])).toEqual(expected.groups.map((g) => [g.key, g.value, false]));
      const disclosed = await h.gql<{ statistics: Stats }>(STATISTICS, { metric: graphqlEnumName(metric), groupBy, fy: 2021 }, worcestershireAnalyst);
      expect(disclosed.errors).toBeUndefined();
      expect(disclosed.data!.statistics).toMatchObject({ value: expected.total, base: expected.base, suppressed: false });
      expectDisclosed(disclosed.data!.statistics.groups, expected.groups);
      withheld += disclosed.data!.statistics.groups.filter((g) => g.suppressed).length;
    }
    expect(withheld, "Worcestershire 2021/22 has small groups (teams of 1–4 cases)").toBeGreaterThan(0);
  });

  it("filters by dimension values and by stage", async () => {
    const facts = await loadCaseFacts(h.db.prisma, "worcestershire", period);
    const expected = computeMeasure(
      facts,
      { metric: "cases_completed", stage: "stage1", groupBy: ["outcome"], filter: { kind: ["complaint"] } },
      period,
    );
    expect(expected.total).toBeGreaterThan(0);
    const answer = await h.gql<{ statistics: Stats }>(
      STATISTICS,
      { metric: "CASES_COMPLETED", stage: "STAGE_1", groupBy: ["outcome"], filter: [{ dimension: "kind", values: ["complaint"] }], fy: 2021 },
      worcestershireAnalyst,
    );
    expect(answer.data!.statistics.value).toBe(expected.total);
  });

  it("names the field and the rule of a bad dimension", async () => {
    const answer = await h.gql(STATISTICS, { metric: "CASES_RECEIVED", groupBy: ["childName"], fy: 2021 }, worcestershireAnalyst);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.extensions?.field).toEqual(["groupBy", 0]);
  });

  it("sees only the analyst's own council", async () => {
    // Demo North's cases were all received after 2021/22: nothing of Worcestershire's is counted, and the year is
    // outside Demo North's records, so no records rather than 0.
    const answer = await h.gql<{ statistics: Stats }>(STATISTICS, { metric: "CASES_RECEIVED", fy: 2021 }, northAnalyst);
    expect(answer.data!.statistics).toMatchObject({ value: null, base: 0, missing: "NO_RECORDS" });
  });

  it("says no records, not 0, for a year outside the council's records, and gives their coverage", async () => {
    const COVERED = `query($metric: Metric!, $fy: Int, $groupBy: [String!]) {
      statistics(metric: $metric, financialYear: $fy, groupBy: $groupBy) {
        value base missing groups { value missing } csv
        coverage { firstReceivedOn lastReceivedOn firstFinancialYear lastFinancialYear }
      }
    }`;
    type Covered = Stats & { missing: string | null; csv: string; coverage: Record<string, string | number> | null };
    const span = await h.db.prisma.case.aggregate({ where: { councilId: "worcestershire" }, _min: { receivedOn: true }, _max: { receivedOn: true } });
    const first = span._min.receivedOn!.toISOString().slice(0, 10);
    const last = span._max.receivedOn!.toISOString().slice(0, 10);
    const lastYear = Number(last.slice(0, 4)) - (last.slice(5) < "04-01" ? 1 : 0);
    const after = await h.gql<{ statistics: Covered }>(COVERED, { metric: "CASES_RECEIVED", fy: lastYear + 2 }, worcestershireAnalyst);
    expect(after.errors).toBeUndefined();
    expect(after.data!.statistics).toMatchObject({
      value: null,
      base: 0,
      missing: "NO_RECORDS",
      coverage: { firstReceivedOn: first, lastReceivedOn: last, lastFinancialYear: lastYear },
    });
    expect(after.data!.statistics.csv).toContain("no_records");
    // Inside the coverage a figure keeps its value, and a percentage with nothing to rest on is still no base.
    const inside = await h.gql<{ statistics: Covered }>(COVERED, { metric: "CASES_RECEIVED", fy: 2021 }, worcestershireAnalyst);
    expect(inside.data!.statistics.value).toBeGreaterThan(0);
    expect(inside.data!.statistics.missing).toBeNull();
    // A council with no case at all has no coverage.
    const none = await h.db.prisma.case.count({ where: { councilId: "demo-south" } });
    const south = await h.gql<{ statistics: Covered }>(COVERED, { metric: "CASES_RECEIVED", fy: 2021 }, await h.signIn("analyst", "demo-south"));
    if (none === 0) expect(south.data!.statistics.coverage).toBeNull();
    else expect(south.data!.statistics.coverage).not.toBeNull();
  });

  it("suppresses small counts when grouped by an equalities answer", async () => {
    const facts = await loadCaseFacts(h.db.prisma, "worcestershire", period);
    const raw = computeMeasure(facts, { metric: "cases_received", groupBy: ["ageBand"] }, period);
    const answer = await h.gql<{ statistics: Stats }>(
      STATISTICS,
      { metric: "CASES_RECEIVED", groupBy: ["ageBand"], fy: 2021 },
      worcestershireAnalyst,
    );
    expect(answer.errors).toBeUndefined();
    expectDisclosed(answer.data!.statistics.groups, raw.groups);
  });

  it("refuses an analyst any case or personal data", async () => {
    const cases = await h.gql(`{ cases(first: 5) { edges { node { id } } } }`, {}, worcestershireAnalyst);
    expect(cases.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(cases.data?.cases ?? null).toBeNull();
  });
});

const COMPARE = `query($fy: Int, $period: ReportPeriodInput, $metrics: [ComparisonMetric!], $basis: Basis, $stage: Stage) {
  compareCouncils(financialYear: $fy, period: $period, metrics: $metrics, basis: $basis, stage: $stage) {
    period { start end } basis stage councils { councilId name figures { metric key value base suppressed missing } }
  }
}`;

interface Compared {
  basis: string;
  stage: string;
  councils: Array<{
    councilId: string;
    figures: Array<{ metric: string; key: string | null; value: number | null; base: number | null; suppressed: boolean }>;
  }>;
}

describe("compareCouncils query", () => {
  it("puts every council side by side for an analyst of any council", async () => {
    const answer = await h.gql<{ compareCouncils: Compared }>(COMPARE, { fy: 2020 }, northAnalyst);
    expect(answer.errors).toBeUndefined();
    const ids = answer.data!.compareCouncils.councils.map((c) => c.councilId);
    expect(ids).toEqual(["demo-north", "demo-south", "hartlepool", "worcestershire"]);
    const hartlepool = answer.data!.compareCouncils.councils.find((c) => c.councilId === "hartlepool")!;
    const facts = await loadCaseFacts(h.db.prisma, "hartlepool", financialYear(2020));
    // The default basis is the one councils publish: complaints received in the period, followed through.
    expect(answer.data!.compareCouncils).toMatchObject({ basis: "RECEIVED", stage: "STAGE_1" });
    const within10 = computeMeasure(
      facts,
      { metric: "percent_within_timescale", stage: "stage1", basis: "received", withinWorkingDays: 10 },
      financialYear(2020),
    );
    expect(hartlepool.figures.find((f) => f.metric === "STAGE_1_WITHIN_10")).toMatchObject({
      value: within10.total,
      base: within10.base,
      suppressed: false,
    });
    expect(hartlepool.figures.some((f) => f.metric === "REASON_THEMES")).toBe(true);
  });

  it("gives each council's record coverage, and no records, not 0, outside it", async () => {
    const answer = await h.gql<{
      compareCouncils: {
        councils: Array<{
          councilId: string;
          coverage: { lastFinancialYear: number } | null;
          figures: Array<{ value: number | null; missing: string | null }>;
        }>;
      };
    }>(
      `{ compareCouncils(financialYear: 2020, metrics: [STAGE_1_WITHIN_10, UPHELD_SHARE]) {
        councils { councilId coverage { lastFinancialYear } figures { value missing } } } }`,
      {},
      northAnalyst,
    );
    expect(answer.errors).toBeUndefined();
    const byId = new Map(answer.data!.compareCouncils.councils.map((c) => [c.councilId, c]));
    for (const [councilId, council] of byId) {
      const span = await h.db.prisma.case.aggregate({ where: { councilId }, _max: { receivedOn: true } });
      const last = span._max.receivedOn?.toISOString().slice(0, 10);
      const lastYear = last ? Number(last.slice(0, 4)) - (last.slice(5) < "04-01" ? 1 : 0) : null;
      expect(council.coverage?.lastFinancialYear ?? null, councilId).toBe(lastYear);
    }
    // Demo North has no case received in 2020/21 (none at all, in this harness): no records, not no base or 0.
    expect(byId.get("demo-north")!.figures).toEqual([
      { value: null, missing: "NO_RECORDS" },
      { value: null, missing: "NO_RECORDS" },
    ]);
    expect(byId.get("hartlepool")!.figures.every((f) => f.missing !== "NO_RECORDS")).toBe(true);
  });

  it("exports the comparison as CSV with the same figures, one line per council and figure", async () => {
    const answer = await h.gql<{ compareCouncils: { csv: string; councils: Compared["councils"] } }>(
      `{ compareCouncils(financialYear: 2020, metrics: [STAGE_1_WITHIN_10, UPHELD_SHARE]) { csv councils { councilId figures { metric value } } } }`,
      {},
      northAnalyst,
    );
    expect(answer.errors).toBeUndefined();
    const { csv, councils } = answer.data!.compareCouncils;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("council_id,council,metric,key,basis,stage,period_start,period_end,value,base,missing,note");
    expect(lines).toHaveLength(1 + councils.length * 2);
    const hartlepool = councils.find((c) => c.councilId === "hartlepool")!;
    const line = lines.find((l) => l.startsWith("hartlepool,") && l.includes(",stage1_within_10,"))!;
    expect(line.split(",")[8]).toBe(String(hartlepool.figures.find((f) => f.metric === "STAGE_1_WITHIN_10")!.value));
  });

  it("takes the basis and the stage: completed differs from received, and a stage's figures rest on that stage", async () => {
    const period = financialYear(2021);
    const facts = await loadCaseFacts(h.db.prisma, "worcestershire", period);
    const spec = { metric: "percent_within_timescale", stage: "stage1", withinWorkingDays: 10 } as const;
    const received = computeMeasure(facts, { ...spec, basis: "received" }, period);
    const completed = computeMeasure(facts, { ...spec, basis: "completed" }, period);
    expect(received.total, "Worcestershire 2021/22: the two bases give different Stage 1 figures").not.toBe(completed.total);
    const figureOn = async (variables: Record<string, unknown>, metric: string) => {
      const answer = await h.gql<{ compareCouncils: Compared }>(COMPARE, { fy: 2021, ...variables }, worcestershireAnalyst);
      expect(answer.errors).toBeUndefined();
      return answer.data!.compareCouncils.councils.find((c) => c.councilId === "worcestershire")!.figures.find((f) => f.metric === metric);
    };
    expect(await figureOn({ metrics: ["STAGE_1_WITHIN_10"] }, "STAGE_1_WITHIN_10")).toMatchObject({ value: received.total, base: received.base });
    expect(await figureOn({ metrics: ["STAGE_1_WITHIN_10"], basis: "COMPLETED" }, "STAGE_1_WITHIN_10")).toMatchObject({
      value: completed.total,
      base: completed.base,
    });
    const stage2 = computeMeasure(facts, { metric: "percent_within_timescale", stage: "stage2", basis: "completed" }, period);
    const stage2Figure = await figureOn({ metrics: ["WITHIN_TIMESCALE"], basis: "COMPLETED", stage: "STAGE_2" }, "WITHIN_TIMESCALE");
    if (stage2.base >= 5) expect(stage2Figure).toMatchObject({ value: stage2.total, base: stage2.base, suppressed: false });
    else expect(stage2Figure?.value).toBeNull();
    expect(await figureOn({ metrics: ["ESCALATION_RATE"], stage: "STAGE_3" }, "ESCALATION_RATE")).toMatchObject({
      value: null,
      missing: "NOT_APPLICABLE",
    });
  });

  it("compares children's complaints, advocacy offered, LGSCO referrals and the LGSCO's uphold rate as the rules count them, under the disclosure policy", async () => {
    const metrics = ["CHILDREN_COMPLAINTS_SHARE", "ADVOCACY_OFFERED_SHARE", "LGSCO_REFERRALS", "LGSCO_UPHELD_SHARE"];
    const shown = new Set<string>();
    let investigatedSomewhere = 0;
    for (const [councilId, token] of [
      ["hartlepool", hartlepoolAnalyst],
      ["worcestershire", worcestershireAnalyst],
    ] as const) {
      for (const fy of [2019, 2020, 2021]) {
        const period = financialYear(fy);
        const facts = await loadCaseFacts(h.db.prisma, councilId, period);
        const count = (spec: Parameters<typeof computeMeasure>[1]) => computeMeasure(facts, spec, period);
        // A year outside the council's records is no records, not 0 (the coverage test above).
        if ((count({ metric: "cases_received" }).total ?? 0) === 0) continue;
        const complaints = count({ metric: "cases_received", filter: { kind: ["complaint"] } }).total ?? 0;
        const byChildren = count({ metric: "cases_received", filter: { kind: ["complaint"], madeByChild: ["true"] } }).total ?? 0;
        const advocacy = count({ metric: "percent_advocacy_offered" });
        const decisions = count({ metric: "lgsco_decisions", groupBy: ["lgscoDecision"] }).groups;
        const decided = (decision: string) => decisions.find((g) => g.key[0] === decision)?.value ?? 0;
        const investigated = decided("upheld") + decided("not_upheld");
        investigatedSomewhere += investigated;
        const expected = {
          CHILDREN_COMPLAINTS_SHARE: suppressRatio(complaints > 0 ? (100 * byChildren) / complaints : null, complaints, byChildren),
          ADVOCACY_OFFERED_SHARE: discloseFigure(advocacy.total, advocacy.base, "percent", "suppressed"),
          LGSCO_REFERRALS: suppressCount(count({ metric: "lgsco_referrals" }).total ?? 0),
          LGSCO_UPHELD_SHARE: suppressRatio(investigated > 0 ? (100 * decided("upheld")) / investigated : null, investigated, decided("upheld")),
        };
        const answer = await h.gql<{ compareCouncils: Compared }>(COMPARE, { fy, metrics }, token);
        expect(answer.errors).toBeUndefined();
        const figures = answer.data!.compareCouncils.councils.find((c) => c.councilId === councilId)!.figures;
        for (const metric of metrics) {
          const want = expected[metric as keyof typeof expected];
          const got = figures.find((f) => f.metric === metric);
          expect(got, `${councilId} ${fy} ${metric}`).toMatchObject({ value: want.value, suppressed: want.suppressed });
          if (want.value && !want.suppressed) shown.add(metric);
        }
      }
    }
    // Each metric but the uphold rate is compared on a figure above 0 somewhere (Worcestershire 2021/22: 3.8%, 75%,
    // 11); the LGSCO's investigations are too few a year to show here, so its figure is compared withheld.
    expect([...shown].sort()).toEqual(metrics.filter((m) => m !== "LGSCO_UPHELD_SHARE").sort());
    expect(investigatedSomewhere).toBeGreaterThan(0);
  });

  it("suppresses counts of 1–4 and percentages over such a base", async () => {
    const facts = await loadCaseFacts(h.db.prisma, "hartlepool", financialYear(2020));
    const months = Array.from({ length: 12 }, (_, i) => {
      const m = ((i + 3) % 12) + 1;
      const y = m >= 4 ? 2020 : 2021;
      const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      return { start: `${y}-${String(m).padStart(2, "0")}-01`, end };
    });
    const small = months.find((p) => {
      const base = computeMeasure(facts, { metric: "percent_within_timescale", stage: "stage1", basis: "received", withinWorkingDays: 10 }, p).base;
      return base > 0 && base < 5;
    });
    expect(small, "a month of 2020/21 with 1–4 Stage 1 responses at Hartlepool").toBeDefined();
    const answer = await h.gql<{ compareCouncils: Compared }>(
      COMPARE,
      { period: small, metrics: ["STAGE_1_WITHIN_10", "UPHELD_SHARE"] },
      northAnalyst,
    );
    const hartlepool = answer.data!.compareCouncils.councils.find((c) => c.councilId === "hartlepool")!;
    for (const figure of hartlepool.figures) expect(figure).toMatchObject({ value: null, base: null, suppressed: true });
  });

  it("is open to the platform administrator and closed to anyone not signed in", async () => {
    const admin = await h.signInPlatformAdmin();
    const answer = await h.gql<{ compareCouncils: Compared }>(COMPARE, { fy: 2021, metrics: ["UPHELD_SHARE"] }, admin);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.compareCouncils.councils.length).toBe(4);
    const anonymous = await h.gql(COMPARE, { fy: 2021 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("root aggregate fields", () => {
  it("are nullable: one failing alias gives null and an error with its path, and the others still answer", async () => {
    const answer = await h.gql<{
      good: { value: number | null } | null;
      bad: unknown;
      counts: unknown[] | null;
      layout: unknown;
      compared: { councils: unknown[] } | null;
    }>(
      `{
        good: statistics(metric: CASES_RECEIVED, financialYear: 2021) { value }
        bad: statistics(metric: CASES_RECEIVED, groupBy: ["childName"], financialYear: 2021) { value }
        counts: caseCounts(groupBy: KIND) { key count }
        layout: report(financialYear: 2021) { council }
        compared: compareCouncils(financialYear: 2021, metrics: [UPHELD_SHARE]) { councils { councilId } }
      }`,
      {},
      northAnalyst,
    );
    // Every council has a layout in force: demo-north's report is in the standard layout. (2021/22 is outside
    // demo-north's records: no records, a null value without an error.)
    expect(answer.data).toMatchObject({ good: { value: null }, bad: null, counts: [], layout: { council: "demo-north" } });
    expect(answer.data!.compared!.councils).toHaveLength(4);
    const byPath = Object.fromEntries((answer.errors ?? []).map((e) => [String(e.path?.[0]), e.extensions?.code]));
    expect(byPath).toEqual({ bad: "BAD_USER_INPUT" });
  });
});
