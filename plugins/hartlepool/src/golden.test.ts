import { describe, expect, it } from "vitest";
import { buildReport, compareWithPublished, toCaseFacts, type ImportedCaseInput, type Report } from "@csc/council-kit";
import { type CaseFacts, financialYear } from "@csc/rules";
import { council, FIXTURE_EXPORTED_ON } from "./index";

/**
 * The golden test: the fixture export, through the importer, the lifecycle (toCaseFacts) and the report
 * builder, reproduces every figure Hartlepool published for 2020/21 and the 2019/20 figures it compares,
 * cell by cell, except the cells listed (with their reasons) in publishedExceptions and README.md.
 */
const imported = council.importer.parse(await council.fixtures());
const factsOf = (cases: readonly ImportedCaseInput[]): CaseFacts[] => cases.map((c) => toCaseFacts(council, c, { asOf: FIXTURE_EXPORTED_ON }));
const facts = factsOf(imported);
const published = await council.published();

function compare(report: Report, year: number) {
  const figures = published.find((p) => p.year === year)?.figures ?? [];
  return compareWithPublished(report, figures, { exceptions: council.publishedExceptions, year });
}

describe("Hartlepool 2020/21 report from the fixture records", () => {
  const report = buildReport(council, facts, financialYear(2020));

  it("covers the financial year 2020/21", () => {
    expect(report.council).toBe("hartlepool");
    expect(report.period).toEqual({ start: "2020-04-01", end: "2021-03-31" });
  });

  it("reproduces every published figure, cell by cell", () => {
    expect(published.map((p) => p.year)).toEqual([2020]);
    expect(compare(report, 2020).map((m) => m.message)).toEqual([]);
  });

  it("compares every published cell: no exceptions, the changes on the previous year included", () => {
    const figures = published[0]?.figures ?? [];
    expect(council.publishedExceptions).toEqual([]);
    expect(figures).toHaveLength(39);
    const change = (table: string, row: string) => {
      const t = report.sections.flatMap((s) => s.tables).find((x) => x.id === table);
      return t?.rows.find((r) => r.label === row)?.cells[t.columns.indexOf("Change on previous year")];
    };
    expect([
      change("compliments", "Compliments received"),
      change("complaints-received", "Complaints received"),
      change("complaints-received", "Complaints investigated"),
    ]).toEqual([38, 4, -5]);
  });

  it("fails when the records change: one court-proceedings complaint fewer", () => {
    const index = imported.findIndex((c) => c.receivedOn >= "2020-04-01" && c.notConsideredReason === "COURT");
    const fewer = buildReport(council, factsOf(imported.filter((_, i) => i !== index)), financialYear(2020));
    const changed = compare(fewer, 2020).map((m) => `${m.table} / ${m.row}: ${String(m.actual)}`);
    expect(changed).toEqual(
      expect.arrayContaining([
        "complaints-received / Complaints received: 39",
        "complaints-received / Complaints received: 3",
        "complaints-received / Complaints not considered further: 19",
        "not-considered / Ongoing or concluded court proceedings: 15",
        "not-considered / Total not considered further: 19",
        "who-complained / Total complaints received: 39",
        "advocacy / Complaints received: 39",
      ]),
    );
    // …the change on the previous year (4 → 3), and the removed complainant's own row in "Who complained".
    expect(changed).toHaveLength(8);
  });

  it("a report for 2019/20 counts that year's records and carries nothing forward", () => {
    const previous = buildReport(council, facts, financialYear(2019));
    const cell = (table: string, row: string, column: string) => {
      const t = previous.sections.flatMap((s) => s.tables).find((x) => x.id === table);
      const r = t?.rows.find((x) => x.label === row);
      return r?.cells[t?.columns.indexOf(column) ?? -1];
    };
    expect(cell("complaints-received", "Complaints received", "2019/20")).toBe(36);
    expect(cell("complaints-received", "Complaints investigated", "2019/20")).toBe(25);
    expect(cell("compliments", "Compliments received", "2019/20")).toBe(8);
    expect(cell("carried-forward", "Complaints from 2019/20 remaining at Stage 2, carried forward to the next year", "2019/20")).toBe(0);
  });
});
