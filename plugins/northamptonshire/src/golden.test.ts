import { describe, expect, it } from "vitest";
import { buildReport, compareWithPublished, toCaseFacts, type ImportedCaseInput, type Report } from "@csc/council-kit";
import { type CaseFacts, financialYear } from "@csc/rules";
import { council, FIXTURE_EXPORTED_ON } from "./index";

/**
 * The golden test: the fixture export, through the importer, the lifecycle (toCaseFacts) and the report builder,
 * reproduces every figure Northamptonshire published for 2015/16 and the 2014/15 figures it compares, cell by
 * cell, except the cells listed (with their reasons) in publishedExceptions and README.md.
 */
const imported = council.importer.parse(await council.fixtures());
const factsOf = (cases: readonly ImportedCaseInput[]): CaseFacts[] => cases.map((c) => toCaseFacts(council, c, { asOf: FIXTURE_EXPORTED_ON }));
const facts = factsOf(imported);
const published = await council.published();
const figures = published.find((p) => p.year === 2015)?.figures ?? [];

function compare(report: Report) {
  return compareWithPublished(report, figures, { exceptions: council.publishedExceptions, year: 2015 });
}

function cell(report: Report, table: string, row: string, column: string) {
  const t = report.sections.flatMap((s) => s.tables).find((x) => x.id === table);
  const r = t?.rows.find((x) => x.label === row);
  return r?.cells[t?.columns.indexOf(column) ?? -1];
}

describe("Northamptonshire 2015/16 report from the fixture records", () => {
  const report = buildReport(council, facts, financialYear(2015));

  it("covers the financial year 2015/16", () => {
    expect(report.council).toBe("northamptonshire");
    expect(report.period).toEqual({ start: "2015-04-01", end: "2016-03-31" });
  });

  it("reproduces every published figure, cell by cell", () => {
    expect(published.map((p) => p.year)).toEqual([2015]);
    expect(compare(report).map((m) => m.message)).toEqual([]);
  });

  it("compares every published cell: the Ombudsman's 62% is a supplied figure, labelled with its source", () => {
    expect(council.publishedExceptions).toEqual([]);
    expect(figures).toHaveLength(69);
    expect(cell(report, "lgo", "Upheld, as a percentage of complaints investigated", "Number")).toBe("62%");
    const lgo = report.sections.flatMap((s) => s.tables).find((t) => t.id === "lgo");
    expect(lgo?.supplied).toEqual([
      {
        row: "Upheld, as a percentage of complaints investigated",
        column: "Number",
        source: expect.stringMatching(/^Local Government Ombudsman, annual letter/),
      },
    ]);
    // The platform's own rate from the decisions listed (11 upheld of 16 investigated = 69%) prints nowhere under the Ombudsman's label.
    expect(cell(report, "lgo", "Upheld", "Number")).toBe(11);
    expect(cell(report, "lgo", "Not upheld", "Number")).toBe(5);
    expect(JSON.stringify(lgo)).not.toContain("69");
  });

  it("tells the seed's other stories: Quarter 4 busiest, slightly ahead of Quarter 3", () => {
    const quarters = [1, 2, 3, 4].map((q) => cell(report, "complaints-by-quarter", `Quarter ${q}`, "Complaints") as number);
    expect(Math.max(...quarters)).toBe(quarters[3]);
    expect((quarters[3] as number) - (quarters[2] as number)).toBeGreaterThan(0);
    expect((quarters[3] as number) - (quarters[2] as number)).toBeLessThan(10);
    expect(quarters.reduce((a, b) => a + b, 0)).toBe(372);
  });

  it("a report for 2014/15 prints the 2014/15 figures in its own year's columns", () => {
    const previous = buildReport(council, facts, financialYear(2014));
    expect(cell(previous, "headline", "New complaints received", "2014/15")).toBe(440);
    expect(cell(previous, "outcomes", "Fully Substantiated", "2014/15")).toBe(113);
    expect(cell(previous, "stage1-timescales", "Took longer than 20 working days", "2014/15 %")).toBe("66%");
    expect(cell(previous, "stage1-timescales", "Stage 1 complaints resolved", "2014/15 %")).toBe("100%");
  });

  it("fails when the records change: one young person's complaint about Leaving Care fewer", () => {
    const index = imported.findIndex((c) => c.receivedOn >= "2015-04-01" && c.madeByChild && c.teams?.includes("LEAV") && !c.lgscoDecision);
    const fewer = buildReport(council, factsOf(imported.filter((_, i) => i !== index)), financialYear(2015));
    const changed = compare(fewer).map((m) => `${m.table} / ${m.row} / ${m.column}: ${String(m.actual)}`);
    expect(changed).toEqual(
      expect.arrayContaining([
        "headline / New complaints received / 2015/16: 371",
        "young-people-teams / Complaints from children and young people / Complaints: 34",
        "young-people-teams / Leaving Care / Complaints: 8",
        "service-areas / Looked After Children, Corporate Parenting, Fostering and Adoptions / Number of Complaints: 70",
      ]),
    );
  });
});
