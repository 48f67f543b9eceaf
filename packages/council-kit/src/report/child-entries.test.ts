import { describe, expect, it } from "vitest";
import { financialYear } from "@csc/rules";
import { defineCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import type { TableLayoutInput } from "../layout/report-layout";
import { buildReport } from "./build-report";

/** Child-entries cells: a category table listing the council's reasons under each category (words, never figures). */
const withTable = (table: TableLayoutInput) =>
  defineCouncil({
    ...exampleCouncilInput,
    report: {
      ...exampleCouncilInput.report,
      sections: [...exampleCouncilInput.report.sections, { id: "categories", title: "How we categorise complaints", tables: [table] }],
    },
  });

describe("child-entries cells", () => {
  it("list each row entry's children from the vocabulary, with no number format", () => {
    const council = withTable({
      id: "categorisation",
      title: "How we categorise complaints",
      source: "p. 7",
      columns: [{ label: "Covers", cell: { entriesOf: "reason" } }],
      rowsFrom: { dimension: "reasonCategory" },
    });
    const table = buildReport(council, [], financialYear(2021)).sections.find((s) => s.id === "categories")!.tables[0]!;
    expect(table.rows).toEqual([
      { label: "Communication", cells: ["No response to calls"] },
      { label: "Service", cells: ["Delay"] },
    ]);
    expect(table.formats).toEqual([[null], [null]]);
  });

  it("are refused outside a rowsFrom table, or for a dimension with no child entries, naming the field", () => {
    const fixed = { id: "t", title: "T", source: "p. 1", columns: [{ label: "Covers" }], rows: [{ label: "All", cells: [{ entriesOf: "reason" }] }] };
    expect(() => withTable(fixed)).toThrow(/rows\[0\]\.cells\[0\]\.entriesOf: a child-entries cell belongs in a rowsFrom table/);
    const flat = {
      id: "t",
      title: "T",
      source: "p. 1",
      columns: [{ label: "Covers", cell: { entriesOf: "localOutcome" } }],
      rowsFrom: { dimension: "reasonCategory" },
    };
    expect(() => withTable(flat)).toThrow(/columns\[0\]\.cell\.entriesOf: "localOutcome" has no council entries with a parent to list/);
  });
});
