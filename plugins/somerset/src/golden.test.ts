import { describe, expect, it } from "vitest";
import { buildReport, compareWithPublished, toCaseFacts, type ImportedCaseInput, type Report } from "@csc/council-kit";
import { addWorkingDays, type CaseFacts, financialYear } from "@csc/rules";
import { council, FIXTURE_EXPORTED_ON } from "./index";

/**
 * The golden test: the fixture export, through the importer, the lifecycle (toCaseFacts) and the report
 * builder, reproduces every figure Somerset published for 2016/17 and the 2015/16 and 2014/15 figures it
 * compares, cell by cell, except the cells listed (with their reasons) in publishedExceptions and README.md.
 */
const imported = council.importer.parse(await council.fixtures());
const factsOf = (cases: readonly ImportedCaseInput[]): CaseFacts[] => cases.map((c) => toCaseFacts(council, c, { asOf: FIXTURE_EXPORTED_ON }));
const facts = factsOf(imported);
const [published] = await council.published();
const figures = published?.figures ?? [];

function compare(report: Report) {
  return compareWithPublished(report, figures, { exceptions: council.publishedExceptions, year: 2016 });
}

const cell = (report: Report, table: string, row: string, column: string) => {
  const t = report.sections.flatMap((s) => s.tables).find((x) => x.id === table);
  return t?.rows.find((r) => r.label === row)?.cells[t.columns.indexOf(column)];
};

describe("Somerset 2016/17 report from the fixture records", () => {
  const report = buildReport(council, facts, financialYear(2016));

  it("covers the financial year 2016/17", () => {
    expect(report.council).toBe("somerset");
    expect(report.period).toEqual({ start: "2016-04-01", end: "2017-03-31" });
  });

  it("reproduces every published figure, cell by cell", () => {
    expect(published?.year).toBe(2016);
    expect(compare(report).map((m) => m.message)).toEqual([]);
  });

  it("compares every published cell but the listed exceptions", () => {
    const excepted = figures.filter((f) => council.publishedExceptions.some((e) => e.table === f.table && e.row === f.row && e.column === f.column));
    expect(excepted).toHaveLength(council.publishedExceptions.length);
    expect(figures.length).toBe(290);
    expect(figures.length - excepted.length).toBe(284);
  });

  it("lists as exceptions exactly the cells that differ from the published figures", () => {
    const differing = compareWithPublished(report, figures, { exceptions: [], year: 2016 }).map((m) => `${m.table} / ${m.row} / ${m.column}`);
    const listed = council.publishedExceptions.map((e) => `${e.table} / ${e.row} / ${e.column}`);
    expect([...differing].sort()).toEqual([...listed].sort());
  });

  it("computes the changes on the previous year, their words and the '<1' shares the seed prints", () => {
    expect(cell(report, "previous-year-comparison", "Comment", "%")).toBe(77.7);
    expect(cell(report, "previous-year-comparison", "Comment", "+/-")).toBe("Increase");
    expect(cell(report, "previous-year-comparison", "Complaint", "%")).toBe(11.8);
    expect(cell(report, "previous-year-comparison", "Complaint", "+/-")).toBe("Decrease");
    expect(cell(report, "previous-year-comparison", "Member Enquiries", "%")).toBe("-");
    expect(cell(report, "previous-year-comparison", "Member Enquiries", "+/-")).toBe("Unknown");
    expect(cell(report, "outcomes", "Not Upheld", "+/-")).toBe("-");
    expect(cell(report, "outcomes", "Partially Upheld", "+/-")).toBe("+");
    expect(cell(report, "outcomes", "Resolved Upon Receipt", "+/-")).toBe("Neu");
    expect(cell(report, "channels", "Self-Service", "+/-")).toBe(7);
    expect(cell(report, "primary-causes", "Failure to do something", "%")).toBe("<1");
    expect(cell(report, "primary-causes", "Decision", "%")).toBe(1);
  });

  it("shows what each listed exception computes instead", () => {
    expect(cell(report, "resolution-stages", "LGO", "2016/17 %")).toBe(1);
    expect(cell(report, "primary-causes", "Confidentiality", "%")).toBe(3);
    expect(cell(report, "previous-year-comparison", "All Feedback", "%")).toBe(4.6);
    expect(cell(report, "cause-themes-compared", "Communication, service provision and attitude & behaviour of staff (%)", "2016/17")).toBe(57);
    expect(cell(report, "average-resolution-times", "Stage 2", "2015/16")).toEqual(expect.any(Number));
  });

  it("computes the LGO's time to decision from the recorded referral and decision dates (3.2: 319 working days)", () => {
    expect(cell(report, "average-resolution-times", "LGO", "2016/17")).toBe(319);
    const lgo = imported.filter((c) => c.events.some((e) => e.type === "lgsco_decided" && e.on >= "2016-04-01"));
    expect(lgo).toHaveLength(2);
    const later = lgo[0]?.externalId;
    const moved = imported.map((c) =>
      c.externalId === later ? { ...c, events: c.events.map((e) => (e.type === "lgsco_decided" ? { ...e, on: addWorkingDays(e.on, 10) } : e)) } : c,
    );
    // Ten working days more on one of the two decisions: the average is five more.
    expect(cell(buildReport(council, factsOf(moved), financialYear(2016)), "average-resolution-times", "LGO", "2016/17")).toBe(324);
  });

  it("fails when the records change: one Stage 1 complaint fewer", () => {
    const index = imported.findIndex((c) => c.receivedOn >= "2016-04-01" && c.localDimensions?.caseOutcome === "RUR" && c.teams?.[0] === "SS");
    const fewer = buildReport(council, factsOf(imported.filter((_, i) => i !== index)), financialYear(2016));
    const changed = compare(fewer).map((m) => `${m.table} / ${m.row} / ${m.column}`);
    expect(changed).toEqual([
      "summary / Pieces of logged customer feedback / 2016/17",
      "summary / Complaints / 2016/17",
      "previous-year-comparison / Complaint / %",
      "outcomes-overview / Not upheld, withdrawn/rejected or resolved upon receipt (%) / 2016/17",
      "outcomes-overview / Some fault found: upheld or partially upheld (%) / 2016/17",
      "volumes / CSC Complaints / 2016/17",
      "volumes / Total Feedback / 2016/17",
      "resolution-stages / Stage 1 / 2016/17 No.",
      "resolution-stages / Total / 2016/17 No.",
      "outcomes / Resolved Upon Receipt / 2016/17 Cases",
      "outcomes / Resolved Upon Receipt / 2016/17 %",
      "outcomes / Total / 2016/17 Cases",
      "primary-causes / Accuracy of Information / Total",
      "primary-causes / Total / Total",
      "cause-themes / Service Provision / %",
      "cause-themes / Information / Number",
      "cause-themes / Total / Number",
    ]);
  });
});
