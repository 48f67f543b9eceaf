import { describe, expect, it } from "vitest";
import { financialYear, type CaseFacts } from "@csc/rules";
import { defineCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import { createPluginHarness } from "../testing/harness";
import { buildReport } from "../report/build-report";
import { contextFigure, contextFiguresSchema } from "./context-figures";

const supplied = [
  { year: 2021, source: "Children's Services performance report, March 2022", figures: { contacts: 400, childrenInCare: 120 } },
  { year: 2020, source: "Children's Services performance report, March 2021", figures: { contacts: 250 } },
];

const contextTable = {
  id: "in-context",
  title: "Complaints in context",
  source: "para 14",
  columns: [{ label: "{year-1}" }, { label: "{year}" }],
  rows: [
    { label: "Contacts received by Children's Services", cells: [{ context: "contacts", yearOffset: -1 }, { context: "contacts" }] },
    { label: "Children in care", cells: [{ context: "childrenInCare", yearOffset: -1 }, { context: "childrenInCare" }] },
    {
      label: "Complaints per 1,000 contacts",
      cells: [
        {
          ratio: {
            numerator: { measure: { metric: "cases_received", filter: { kind: ["complaint"] } }, yearOffset: -1 },
            denominator: { context: "contacts", yearOffset: -1 },
          },
          per: 1000,
          format: { type: "average", decimals: 1 },
        },
        {
          ratio: { numerator: { measure: { metric: "cases_received", filter: { kind: ["complaint"] } } }, denominator: { context: "contacts" } },
          per: 1000,
          format: { type: "average", decimals: 1 },
        },
      ],
    },
    {
      label: "Complaints and compliments",
      cells: [
        {
          sum: [
            { measure: { metric: "cases_received", filter: { kind: ["complaint"] } }, yearOffset: -1 },
            { measure: { metric: "cases_received", filter: { kind: ["compliment"] } }, yearOffset: -1 },
          ],
        },
        {
          sum: [
            { measure: { metric: "cases_received", filter: { kind: ["complaint"] } } },
            { measure: { metric: "cases_received", filter: { kind: ["compliment"] } } },
          ],
        },
      ],
    },
  ],
};

function adapterWith(contextFigures: unknown) {
  const [first, ...rest] = exampleCouncilInput.report.sections;
  return defineCouncil({
    ...exampleCouncilInput,
    contextFigures: contextFigures as never,
    report: { ...exampleCouncilInput.report, sections: [{ ...first!, tables: [...first!.tables, contextTable] } as never, ...rest] },
  });
}

describe("context figures", () => {
  it("are looked up by financial year; a year or figure not supplied is undefined", () => {
    const years = contextFiguresSchema.parse(supplied);
    expect(contextFigure(years, "contacts", 2021)).toBe(400);
    expect(contextFigure(years, "childrenInCare", 2020)).toBeUndefined();
    expect(contextFigure(years, "contacts", 2019)).toBeUndefined();
  });

  it("reject a year listed twice, an unknown figure and a missing source, naming the field", () => {
    expect(() => adapterWith([supplied[0], { ...supplied[0] }])).toThrow(
      /contextFigures\[1\]\.year: 2021: context figures for this year are listed twice/,
    );
    expect(() => adapterWith([{ year: 2021, source: "report", figures: { schools: 3 } }])).toThrow(/contextFigures\[0\]\.figures/);
    expect(() => adapterWith([{ year: 2021, source: "", figures: { contacts: 3 } }])).toThrow(
      /contextFigures\[0\]\.source: say where the context figures come from/,
    );
  });

  it("fill context cells and ratios in a report, apart from the figures computed from records", async () => {
    const adapter = adapterWith(supplied);
    const { facts } = await createPluginHarness(adapter).factsWithErrors();
    const table = buildReport(adapter, facts, financialYear(2021)).sections[0]!.tables.find((t) => t.id === "in-context")!;
    expect(table.columns).toEqual(["2020/21", "2021/22"]);
    expect(table.rows).toEqual([
      { label: "Contacts received by Children's Services", cells: [250, 400] },
      { label: "Children in care", cells: [null, 120] },
      { label: "Complaints per 1,000 contacts", cells: [4, 10] },
      { label: "Complaints and compliments", cells: [3, 5] },
    ]);
  });

  it("can be supplied to buildReport instead of the adapter's, and default to none", () => {
    const none = adapterWith(undefined);
    expect(none.contextFigures).toEqual([]);
    const facts: CaseFacts[] = [];
    const row = (figures?: typeof supplied) =>
      buildReport(none, facts, financialYear(2021), figures ? { contextFigures: figures } : {}).sections[0]!.tables.find(
        (t) => t.id === "in-context",
      )!.rows[0]!.cells;
    expect(row()).toEqual([null, null]);
    expect(row(supplied)).toEqual([250, 400]);
  });
});
