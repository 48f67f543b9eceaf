import { describe, expect, it } from "vitest";
import { financialYear, type CaseFacts, type CaseFactsInput } from "@csc/rules";
import { defineCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import { exampleComplaint } from "../testing/complaint-facts";
import type { CellSpecInput } from "../layout/cell-spec";
import { reportSchema } from "./report";
import { buildReport } from "./build-report";

const council = defineCouncil(exampleCouncilInput);

let n = 0;
/** One case's facts: a complaint received on `receivedOn`, Stage 1 responded on `respondedOn` with a local outcome. */
function complaint(receivedOn: string, respondedOn: string | null, localOutcome: string | null, extra: Partial<CaseFactsInput> = {}): CaseFacts {
  n += 1;
  const outcome = localOutcome === "UP" ? "upheld" : localOutcome === "PART" ? "partially_upheld" : localOutcome ? "not_upheld" : null;
  return exampleComplaint(`c${n}`, receivedOn, {
    stages: [
      {
        stage: "stage1",
        startedOn: receivedOn,
        timescaleWorkingDays: 10,
        dueOn: receivedOn,
        respondedOn,
        workingDaysTaken: respondedOn ? 5 : null,
        daysPaused: 0,
        extended: false,
        met: respondedOn ? true : null,
        outcome,
        localOutcome,
      },
    ],
    closedOn: respondedOn,
    ...extra,
  });
}
function compliment(receivedOn: string): CaseFacts {
  return { ...complaint(receivedOn, null, null), kind: "compliment", localKind: "COMPLIMENT", stages: [] };
}

const facts = [
  complaint("2020-06-01", "2020-06-10", "NOT"), // previous year
  complaint("2021-04-06", "2021-04-15", "UP"),
  complaint("2021-05-06", "2021-05-14", "UP"),
  complaint("2021-07-06", "2021-07-19", "NOT"),
  complaint("2022-03-20", null, null), // open at year end
  compliment("2021-09-01"),
  compliment("2020-09-01"),
  compliment("2020-10-01"),
];

describe("buildReport", () => {
  const report = buildReport(council, facts, financialYear(2021));

  it("produces exactly the JSON shape other tools read", () => {
    expect(reportSchema.parse(report)).toBeTruthy();
    expect(report.council).toBe("exampleshire");
    expect(report.period).toEqual({ start: "2021-04-01", end: "2022-03-31" });
    expect(report.sections.map((s) => s.id)).toEqual(["volumes", "outcomes"]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("computes fixed rows, with previous-year columns from the same records", () => {
    const received = report.sections[0]!.tables[0]!;
    expect(received.columns).toEqual(["Previous year", "This year"]);
    expect(received.rows).toEqual([
      { label: "Complaints", cells: [1, 4] },
      { label: "Compliments", cells: [2, 1] },
    ]);
  });

  it("generates one row per local vocabulary entry, with ratio cells in the council's rounding, then fixed rows", () => {
    const outcomes = report.sections[1]!.tables[0]!;
    expect(outcomes.rows).toEqual([
      { label: "Upheld", cells: [2, "67%"] },
      { label: "Partly upheld", cells: [0, "0%"] },
      { label: "Not upheld", cells: [1, "33%"] },
      { label: "Total", cells: [3, "100%"] },
    ]);
  });

  it("carries narrative placeholders and charts (with the table's columns)", () => {
    expect(report.sections[0]!.narrative).toEqual([{ id: "intro", prompt: "Summarise the year" }]);
    expect(report.sections[0]!.charts).toEqual([
      { id: "received-chart", type: "bar", table: "received", columns: ["Previous year", "This year"], alt: "Complaints and compliments by year" },
    ]);
  });

  it("is pure: a report for another period only counts that period", () => {
    const previous = buildReport(council, facts, financialYear(2020));
    expect(previous.sections[0]!.tables[0]!.rows[0]!.cells).toEqual([0, 1]);
    expect(buildReport(council, facts, financialYear(2021))).toEqual(report);
  });

  it("hides empty generated rows when asked, and resolves {year} labels", () => {
    const input = structuredClone({
      ...exampleCouncilInput,
      importer: undefined,
      fixtures: undefined,
      published: undefined,
    }) as unknown as typeof exampleCouncilInput;
    const layout = input.report.sections[1]!.tables[0]! as unknown as {
      rowsFrom: { dimension: string; hideEmpty?: boolean };
      columns: { label: string }[];
    };
    layout.rowsFrom.hideEmpty = true;
    layout.columns[0]!.label = "{year}";
    const adapter = defineCouncil({
      ...input,
      importer: exampleCouncilInput.importer,
      fixtures: exampleCouncilInput.fixtures,
      published: exampleCouncilInput.published,
    });
    const table = buildReport(adapter, facts, financialYear(2021)).sections[1]!.tables[0]!;
    expect(table.columns[0]).toBe("2021/22");
    expect(table.rows.map((r) => r.label)).toEqual(["Upheld", "Not upheld", "Total"]);
  });
});

describe("layout elements beyond tables", () => {
  const stage1ByOutcome: CellSpecInput = { measure: { metric: "cases_completed", stage: "stage1", groupBy: ["localOutcome"] } };
  const withLayout = (top: { count: number; by: string }, extra: Record<string, unknown> = {}) =>
    defineCouncil({
      ...exampleCouncilInput,
      report: {
        ...exampleCouncilInput.report,
        ...extra,
        sections: [
          ...exampleCouncilInput.report.sections,
          {
            id: "top",
            title: "Most common outcomes",
            tables: [
              {
                id: "top-outcomes",
                title: "Top outcomes",
                source: "Chart 1",
                columns: [{ label: "Completed", cell: stage1ByOutcome }],
                rowsFrom: { dimension: "localOutcome", top },
              },
            ],
          },
        ],
      },
    });
  const topTable = (report: ReturnType<typeof buildReport>) => report.sections.find((s) => s.id === "top")!.tables[0]!;

  it("keeps the N rows with the largest figure, largest first, leaving out rows with none", () => {
    const full = buildReport(council, facts, financialYear(2021)).sections[1]!.tables[0]!;
    const figure = (label: string) => full.rows.find((r) => r.label === label)!.cells[0];
    const five = topTable(buildReport(withLayout({ count: 5, by: "Completed" }), facts, financialYear(2021)));
    expect(five.rows.map((r) => r.label)).toEqual(["Upheld", "Not upheld"]);
    expect(five.rows.map((r) => r.cells[0])).toEqual([figure("Upheld"), figure("Not upheld")]);
    expect(five.formats).toEqual([[{ type: "count", decimals: 0 }], [{ type: "count", decimals: 0 }]]);
    const one = topTable(buildReport(withLayout({ count: 1, by: "Completed" }), facts, financialYear(2021)));
    expect(one.rows).toEqual([{ label: "Upheld", cells: [2] }]);
  });

  it("rejects a top-N table ranked by a column it does not have, naming the field", () => {
    expect(() => withLayout({ count: 5, by: "Number" })).toThrow(/rowsFrom\.top\.by: "Number" is not a column of the table/);
  });

  it("carries the contents title and the abbreviations, and rejects an abbreviation listed twice", () => {
    const abbreviations = { title: "Table of Abbreviations", entries: [{ term: "CiC", meaning: "Children in Care" }] };
    const report = buildReport(withLayout({ count: 5, by: "Completed" }, { contents: {}, abbreviations }), facts, financialYear(2021));
    expect(report.contents).toEqual({ title: "Contents" });
    expect(report.abbreviations).toEqual({
      title: "Table of Abbreviations",
      columns: ["Abbreviation", "Full version"],
      entries: [{ term: "CiC", meaning: "Children in Care" }],
    });
    expect(reportSchema.parse(report)).toEqual(report);
    const twice = { entries: [abbreviations.entries[0], abbreviations.entries[0]] };
    expect(() => withLayout({ count: 5, by: "Completed" }, { abbreviations: twice })).toThrow(/each abbreviation is listed once/);
  });
});
