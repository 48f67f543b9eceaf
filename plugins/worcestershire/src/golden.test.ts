import { compareWithPublished } from "@csc/council-kit";
import { createPluginHarness } from "@csc/council-kit/testing";
import { describe, expect, it } from "vitest";
import { council } from "./index";

/**
 * The 2021/22 report computed from the fixture's case records (importer → lifecycle → facts → layout) against
 * the figures the seed published, cell by cell. The conformance suite runs the same comparison; these tests
 * add what is particular to Worcestershire.
 */
const harness = createPluginHarness(council);
const TIMEOUT = 120_000;

const cell = (report: Awaited<ReturnType<typeof harness.report>>, table: string, row: string, column: string) => {
  const t = report.sections.flatMap((s) => s.tables).find((x) => x.id === table);
  const r = t?.rows.find((x) => x.label === row);
  return r?.cells[t?.columns.indexOf(column) ?? -1];
};

describe("Worcestershire 2021/22, golden", () => {
  it(
    "every case of the fixture maps and derives",
    async () => {
      const { facts, errors } = await harness.factsWithErrors();
      expect(errors.map((e) => e.message)).toEqual([]);
      expect(facts.filter((f) => f.kind === "complaint").length).toBe(13 + 183 + 213);
    },
    TIMEOUT,
  );

  it(
    "reproduces every published figure except the listed exceptions",
    async () => {
      expect((await harness.compare(2021)).map((m) => m.message)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "lists exactly the cells that differ: no exception hides a figure the report reproduces",
    async () => {
      const [year] = await harness.published();
      const mismatches = compareWithPublished(await harness.report(2021), year?.figures ?? []);
      const key = (x: { table: string; row: string; column: string }) => `${x.table} | ${x.row} | ${x.column}`;
      expect(mismatches.map(key).sort()).toEqual(council.publishedExceptions.map(key).sort());
    },
    TIMEOUT,
  );

  it(
    "prints the report's JSON shape with the seed's labels",
    async () => {
      const report = await harness.report(2021);
      expect(report.council).toBe("worcestershire");
      expect(report.period).toEqual({ start: "2021-04-01", end: "2022-03-31" });
      const team = report.sections.flatMap((s) => s.tables).find((t) => t.id === "complaints-by-team");
      expect(team?.columns).toEqual(["2020/21", "2020/21 %", "2021/22", "2021/22 %"]);
      expect(team?.rows.find((r) => r.label === "Family Front Door")?.cells).toEqual([31, 17, 51, 23.94]);
      expect(team?.rows.find((r) => r.label === "Adoption (now ACE ¹)")?.cells.filter((_, i) => i % 2 === 0)).toEqual(["-", "-"]);
      expect(cell(report, "stage1-timescales", "Within 10 working days", "2021/22")).toBe(15.5);
      // Sum, percentage-change and dash cells of the contract (formerly listed exceptions).
      expect(cell(report, "complaints-by-stage", "Total", "2020/21")).toBe(216);
      expect(cell(report, "complaints-by-stage", "Total", "2021/22")).toBe(255);
      expect(cell(report, "stage1-change", "Rise in Stage 1 complaints from last year (%)", "2021/22")).toBe(16);
      expect(team?.rows.find((r) => r.label === "Adoption (now ACE ¹)")?.cells).toEqual(["-", "-", "-", "-"]);
      expect(cell(report, "stage1-timescales-text", "Over 20 working days that missed the deadline by just 1 day (12.6)", "2021/22")).toBe(60);
    },
    TIMEOUT,
  );

  it(
    "10.3: the top three reasons of the year's Stage 2 complaints are Decision Making, Communication and Staff Attitude",
    async () => {
      const { facts } = await harness.factsWithErrors();
      const counts = new Map<string, number>();
      for (const f of facts) {
        const s2 = f.stages.find((s) => s.stage === "stage2");
        if (!s2?.respondedOn || s2.respondedOn < "2021-04-01" || s2.respondedOn > "2022-03-31") continue;
        for (const r of f.reasons) counts.set(r.category ?? "", (counts.get(r.category ?? "") ?? 0) + 1);
      }
      const top = [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([code]) => code);
      expect(top.sort()).toEqual(["COMMUNICATION", "DECISION-MAKING", "STAFF-ATTITUDE"]);
    },
    TIMEOUT,
  );

  it(
    "the same layout reports another year: 2022/23's previous-year column is 2021/22",
    async () => {
      const report = await harness.report(2022);
      expect(cell(report, "complaints-by-stage", "Local / Stage 1 Complaints", "2021/22")).toBe(213);
      expect(cell(report, "complaints-by-stage", "Formal / Stage 2 Complaints", "2021/22")).toBe(25);
      expect(cell(report, "compliments", "Total", "2021/22")).toBe(82);
    },
    TIMEOUT,
  );
});
