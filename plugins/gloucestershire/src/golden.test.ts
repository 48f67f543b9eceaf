import { describe, expect, it } from "vitest";
import type { Report } from "@csc/council-kit";
import { createPluginHarness } from "@csc/council-kit/testing";
import { council, PUBLISHED_EXCEPTIONS } from "./index";

/**
 * Golden test: the fixture export → the importer → toCaseFacts → buildReport for 2018/19 (the seed's year, with
 * its comparisons with earlier years), compared cell by cell with published/2018.json. Only the listed
 * exceptions are skipped, and each of them is shown to be needed.
 */
const harness = createPluginHarness(council);

function cell(report: Report, table: string, row: string, column: string): unknown {
  const t = report.sections.flatMap((s) => s.tables).find((x) => x.id === table);
  const r = t?.rows.find((x) => x.label === row);
  return t && r ? r.cells[t.columns.indexOf(column)] : undefined;
}

describe("Gloucestershire 2018/19 reproduced from case records", () => {
  it("every published figure but the listed exceptions equals the computed report, cell by cell", async () => {
    const [published] = await harness.published();
    expect(published?.year).toBe(2018);
    expect(published?.figures).toHaveLength(131);
    expect(PUBLISHED_EXCEPTIONS).toHaveLength(2);
    expect(await harness.compare(2018)).toEqual([]);
  }, 120_000);

  it("each exception is needed: the computed cell differs from the published one", async () => {
    const report = await harness.report(2018);
    const [published] = await harness.published();
    for (const e of PUBLISHED_EXCEPTIONS) {
      const figure = published?.figures.find((f) => f.table === e.table && f.row === e.row && f.column === e.column);
      expect(figure, `${e.table} / ${e.row}`).toBeDefined();
      expect(cell(report, e.table, e.row, e.column), `${e.table} / ${e.row}`).not.toEqual(figure?.value);
    }
  }, 120_000);

  it("the tables agree with each other as the seed's do", async () => {
    const report = await harness.report(2018);
    const outcomes = report.sections.flatMap((s) => s.tables).find((t) => t.id === "stage1-outcomes");
    const total = (outcomes?.rows ?? []).reduce((sum, r) => sum + (typeof r.cells[0] === "number" ? r.cells[0] : 0), 0);
    expect(total).toBe(178); // the outcome chart covers the 178 Stage 1 complaints received (para 24)
    const reasons = report.sections.flatMap((s) => s.tables).find((t) => t.id === "reasons");
    const reasonSum = (reasons?.rows ?? []).reduce((sum, r) => sum + (typeof r.cells[0] === "number" ? r.cells[0] : 0), 0);
    const categorySum = (reasons?.rows ?? []).reduce((sum, r) => sum + (typeof r.cells[1] === "number" ? r.cells[1] : 0), 0);
    expect(reasonSum).toBe(409); // several reasons per complaint (para 22)
    expect(categorySum).toBe(409);
    expect(cell(report, "complaints-by-stage", "Stage 1", "During 2018/19")).toBe(
      cell(report, "summary", "Formal Social Care complaints received", "2018/19"),
    );
  }, 120_000);

  it("computes the changes on the previous year and sets complaints beside the context figures the council supplied", async () => {
    const report = await harness.report(2018);
    expect(cell(report, "summary", "Rise in contacts managed as Informal Local Resolutions or Comments (%)", "2018/19")).toBe(93.22); // (114 − 59) ÷ 59
    expect(cell(report, "complaints-in-context", "Increase in formal complaints recorded (%)", "2018/19")).toBe(16); // (178 − 153) ÷ 153
    expect(cell(report, "context", "Total number of contacts received by Children's Services", "2018/19")).toBe(29_854);
    expect(cell(report, "complaints-in-context", "Complaints received as a share of contacts", "2018/19")).toBe("less than 1%"); // 178 ÷ 29,854
    // A year the council supplied no context figures for shows none, rather than a figure from elsewhere.
    const later = await harness.report(2019);
    expect(cell(later, "context", "Total number of children in care", "2019/20")).toBeNull();
    expect(cell(later, "context", "Total number of children in care", "2018/19")).toBe(716);
  }, 120_000);

  it("prints the Ombudsman's further 8 complaints (para 20) as a supplied figure, with its source, and nothing in a year without one", async () => {
    const report = await harness.report(2018);
    const row = "Further complaints recorded by the Ombudsman for Children's Services outside the scope of this report";
    expect(cell(report, "complaints-in-context", row, "2018/19")).toBe(8);
    const table = report.sections.flatMap((s) => s.tables).find((t) => t.id === "complaints-in-context");
    expect(table?.supplied).toEqual([{ row, column: "2018/19", source: expect.stringContaining("Ombudsman") }]);
    const later = (await harness.report(2019)).sections.flatMap((s) => s.tables).find((t) => t.id === "complaints-in-context");
    expect(later?.rows.find((r) => r.label === row)?.cells).toEqual([null]);
    expect(later?.supplied).toBeUndefined();
  }, 120_000);

  it("an earlier year's report agrees with the 2018/19 report's comparison columns", async () => {
    const earlier = await harness.report(2017);
    expect(earlier.period).toEqual({ start: "2017-04-01", end: "2018-03-31" });
    expect(cell(earlier, "compliments-by-year", "Social Care compliments received", "2017/18")).toBe(135);
    expect(cell(earlier, "complaints-by-stage", "Stage 1", "During 2017/18")).toBe(153);
    expect(cell(earlier, "stage1-timeliness", "% of Social Care complaints responded to within agreed timescale", "2017/18")).toBe(55);
    expect(cell(earlier, "outcomes", "Fully or partially upheld (%)", "2017/18")).toBe(54);
    // Teams are effective-dated: 2017/18 reports under the names before the renames of April 2018.
    const teams = earlier.sections
      .flatMap((s) => s.tables)
      .find((t) => t.id === "complaints-by-team")
      ?.rows.map((r) => r.label);
    expect(teams).toContain("Referral & Assessment");
    expect(teams).not.toContain("Children's Assessment");
  }, 120_000);
});
