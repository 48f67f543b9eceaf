import { describe, expect, it } from "vitest";
import { financialYear } from "@csc/rules";
import { defineCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import { RECORDS_TABLE_COLUMNS } from "../layout/report-layout";
import { reportSchema } from "./report";
import { buildReport } from "./build-report";

/** The example council with records tables (as a council might write them, right or wrong) in its first section. */
function withRecords(records: Record<string, unknown>[]) {
  const [first, ...rest] = exampleCouncilInput.report.sections;
  if (!first) throw new Error("the example council has a section");
  // The input is parsed by defineCouncil: a wrong records table must reach it to be refused with its path.
  const input: unknown = { ...exampleCouncilInput, report: { ...exampleCouncilInput.report, sections: [{ ...first, records }, ...rest] } };
  return defineCouncil(input as typeof exampleCouncilInput);
}

describe("records tables (learning, recommendations, compliment quotes, document control)", () => {
  it("builds each as an empty table of its kind with its fixed columns, after the figure tables", () => {
    const council = withRecords([
      { id: "learning", kind: "learning", title: "What we learned", source: "Section 6" },
      { id: "recs", kind: "recommendations", title: "Recommendations", source: "Section 7" },
      { id: "quotes", kind: "complimentQuotes", title: "Appendix A", source: "Appendix A" },
      { id: "control", kind: "documentControl", title: "Document control", source: "Page 2" },
    ]);
    const report = buildReport(council, [], financialYear(2021));
    const tables = report.sections[0]?.tables ?? [];
    const records = tables.filter((t) => t.records);
    expect(records.map((t) => [t.id, t.records, t.columns, t.rows])).toEqual([
      ["learning", "learning", [...RECORDS_TABLE_COLUMNS.learning], []],
      ["recs", "recommendations", ["Source", "Owner", "Due", "Status"], []],
      ["quotes", "complimentQuotes", ["Team", "What for"], []],
      ["control", "documentControl", ["Value"], []],
    ]);
    expect(tables.at(-1)?.id).toBe("control");
    // The heading over the row labels: the kind's own, or the council's.
    expect(records.map((t) => t.rowHeading)).toEqual(["Issue", "Recommendation", "Quote", "Field"]);
    const own = buildReport(
      withRecords([{ id: "b", kind: "learning", title: "Examples", source: "Appendix B", rowHeading: "Details of complaint/Outcome" }]),
      [],
      financialYear(2021),
    );
    expect(own.sections[0]?.tables.find((t) => t.id === "b")?.rowHeading).toBe("Details of complaint/Outcome");
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it("rejects an unknown kind, naming the path and the kinds", () => {
    expect(() => withRecords([{ id: "x", kind: "minutes", title: "Minutes", source: "p1" }])).toThrow(
      /report\.sections\[0\]\.records\[0\]\.kind: "minutes" is not allowed; expected one of: "learning", "recommendations", "complimentQuotes", "documentControl"/,
    );
  });

  it("rejects a records table without a source, naming the path", () => {
    expect(() => withRecords([{ id: "x", kind: "learning", title: "Learning" }])).toThrow(/report\.sections\[0\]\.records\[0\]\.source/);
  });

  it("takes the council's own column headings, and rejects the wrong number of them with the kind's columns", () => {
    const council = withRecords([{ id: "x", kind: "learning", title: "Learning", source: "p1", columns: ["Actions following findings"] }]);
    expect(buildReport(council, [], financialYear(2021)).sections[0]?.tables.at(-1)?.columns).toEqual(["Actions following findings"]);
    expect(() => withRecords([{ id: "x", kind: "recommendations", title: "R", source: "p1", columns: ["Who"] }])).toThrow(
      /report\.sections\[0\]\.records\[0\]\.columns: a recommendations table has 4 column headings \(Source, Owner, Due, Status\)/,
    );
  });
});
