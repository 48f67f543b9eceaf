import { describe, expect, it } from "vitest";
import { reportLayoutSchema } from "../layout/report-layout";
import { vocabulariesSchema } from "../vocabulary/local-vocabulary";
import { checkLayout } from "./layout-checks";

const vocabularies = vocabulariesSchema.parse({
  outcomes: [{ code: "UP", label: "Upheld", canonical: "upheld" }],
  channels: [],
});
const count = { measure: { metric: "cases_received" } };
const problems = (sections: unknown[]) => checkLayout(reportLayoutSchema.parse({ sections }), vocabularies);

describe("checkLayout", () => {
  it("accepts a well-formed layout", () => {
    expect(
      problems([
        { id: "a", title: "A", tables: [{ id: "t", title: "T", source: "1", columns: [{ label: "n" }], rows: [{ label: "All", cells: [count] }] }] },
      ]),
    ).toEqual([]);
  });

  it("names duplicate sections, columns and rows, and tables with no rows", () => {
    expect(
      problems([
        {
          id: "a",
          title: "A",
          tables: [
            {
              id: "t",
              title: "T",
              source: "1",
              columns: [{ label: "n" }, { label: "n" }],
              rows: [
                { label: "R", cells: [count, count] },
                { label: "R", cells: [count, count] },
              ],
            },
            { id: "u", title: "U", source: "2", columns: [{ label: "n" }] },
          ],
        },
        { id: "a", title: "A again" },
      ]),
    ).toEqual([
      'report.sections[0].tables[0].columns[1]: duplicate column label "n"',
      'report.sections[0].tables[0].rows[1]: duplicate row label "R"',
      "report.sections[0].tables[1]: a table needs rows or rowsFrom",
      'report.sections[1]: duplicate section id "a"',
    ]);
  });

  it("checks picks against groupBy", () => {
    const grouped = { measure: { metric: "cases_received", groupBy: ["channel"] }, pick: ["email", "x"] };
    const unpicked = { ratio: { numerator: { measure: { metric: "cases_received", groupBy: ["kind", "channel"] } }, denominator: count } };
    expect(
      problems([
        {
          id: "a",
          title: "A",
          tables: [
            { id: "t", title: "T", source: "1", columns: [{ label: "n" }, { label: "m" }], rows: [{ label: "R", cells: [grouped, unpicked] }] },
          ],
        },
      ]),
    ).toEqual([
      "report.sections[0].tables[0].rows[0].cells[0].pick: has 2 keys but the measure groups by 1 dimension",
      "report.sections[0].tables[0].rows[0].cells[1].ratio.numerator.pick: the measure groups by kind, channel; pick the group keys to show",
    ]);
  });

  it("checks rowsFrom: a known dimension with entries, and templates grouped by it", () => {
    const table = (rowsFrom: unknown, columns: unknown[]) => ({ id: "t", title: "T", source: "1", columns, rowsFrom });
    expect(problems([{ id: "a", title: "A", tables: [table({ dimension: "colour" }, [{ label: "n", cell: count }])] }])).toEqual([
      expect.stringMatching(/^report\.sections\[0\]\.tables\[0\]\.rowsFrom\.dimension: "colour" is not a known dimension \(expected one of: kind, /),
    ]);
    expect(problems([{ id: "a", title: "A", tables: [table({ dimension: "localChannel" }, [{ label: "n" }])] }])).toEqual([
      'report.sections[0].tables[0].rowsFrom.dimension: the council has no entries for "localChannel" to make rows from; add the vocabulary or list rowsFrom.values',
      "report.sections[0].tables[0].columns[0].cell: a rowsFrom table needs a cell template in every column",
    ]);
    const ratio = { ratio: { numerator: count, denominator: count } };
    const byOutcome = { measure: { metric: "cases_completed", groupBy: ["localOutcome"] } };
    expect(
      problems([
        {
          id: "a",
          title: "A",
          tables: [
            table({ dimension: "localOutcome" }, [
              { label: "n", cell: byOutcome },
              { label: "%", cell: ratio },
              { label: "x", cell: { text: "-" } },
            ]),
          ],
        },
      ]),
    ).toEqual([
      'report.sections[0].tables[0].columns[1].cell.ratio.numerator.measure.groupBy: in a rowsFrom table the numerator must group by the row dimension "localOutcome" first',
    ]);
  });

  it("checks that charts name real tables and columns", () => {
    expect(
      problems([
        {
          id: "a",
          title: "A",
          tables: [{ id: "t", title: "T", source: "1", columns: [{ label: "n" }], rows: [{ label: "R", cells: [count] }] }],
          charts: [{ id: "c", type: "pie", table: "t", columns: ["n", "m"] }],
        },
      ]),
    ).toEqual(['report.sections[0].charts[0].columns: "m" is not a column of table "t"']);
  });
});

describe("checkLayout: arithmetic, context and ratio-with-context cells", () => {
  const table = (cells: unknown[]) => [
    {
      id: "a",
      title: "A",
      tables: [{ id: "t", title: "T", source: "1", columns: cells.map((_, i) => ({ label: `c${i}` })), rows: [{ label: "R", cells }] }],
    },
  ];

  it("accepts sums, differences, percentage changes and context figures", () => {
    const lastYear = { ...count, yearOffset: -1 };
    expect(
      problems(
        table([
          { sum: [count, lastYear] },
          { difference: { from: lastYear, to: count } },
          { percentChange: { from: lastYear, to: count } },
          { context: "contacts" },
          { ratio: { numerator: count, denominator: { context: "contacts" } }, per: 1000 },
        ]),
      ),
    ).toEqual([]);
  });

  it("checks each measure operand, naming where it sits", () => {
    const badFilter = { measure: { metric: "cases_received", filter: { outcome: ["nonsense"] } } };
    const grouped = { measure: { metric: "cases_received", groupBy: ["channel"] } };
    expect(
      problems(table([{ sum: [count, badFilter] }, { difference: { from: grouped, to: count } }, { percentChange: { from: count, to: grouped } }])),
    ).toEqual([
      expect.stringMatching(
        /^report\.sections\[0\]\.tables\[0\]\.rows\[0\]\.cells\[0\]\.sum\[1\]\.measure\.filter\.outcome: "nonsense" is not a canonical value/,
      ),
      "report.sections[0].tables[0].rows[0].cells[1].difference.from.pick: the measure groups by channel; pick the group key to show",
      "report.sections[0].tables[0].rows[0].cells[2].percentChange.to.pick: the measure groups by channel; pick the group key to show",
    ]);
  });

  it("in a rowsFrom table, a ratio's numerator must be a measure grouped by the row dimension, not a context figure", () => {
    const sections = [
      {
        id: "a",
        title: "A",
        tables: [
          {
            id: "t",
            title: "T",
            source: "1",
            rowsFrom: "localOutcome",
            columns: [{ label: "%", cell: { ratio: { numerator: { context: "contacts" }, denominator: count } } }],
          },
        ],
      },
    ];
    expect(problems(sections)).toEqual([
      'report.sections[0].tables[0].columns[0].cell.ratio.numerator.measure.groupBy: in a rowsFrom table the numerator must group by the row dimension "localOutcome" first',
    ]);
  });
});
