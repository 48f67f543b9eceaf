import { describe, expect, it } from "vitest";
import { financialYear } from "@csc/rules";
import { defineCouncil, validateCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import type { TableLayoutInput } from "../layout/report-layout";
import { buildReport } from "../report/build-report";
import { reportSchema } from "../report/report";
import { mergeSuppliedFigures, suppliedFigure, suppliedFiguresSchema, suppliedLabel, type SuppliedFigureInput } from "./supplied-figures";

const SOURCE = "Local Government Ombudsman annual review letter, July 2022";

/** The example council with one table of a supplied figure beside nothing computed from it. */
function councilWith(suppliedFigures: SuppliedFigureInput[]) {
  const [first, ...rest] = exampleCouncilInput.report.sections;
  const table: TableLayoutInput = {
    id: "lgsco-letter",
    title: "The Ombudsman's figures",
    source: "para 9",
    columns: [{ label: "{year}" }, { label: "{year-1}" }],
    rows: [
      {
        label: "Upheld, as a percentage of complaints investigated",
        cells: [
          { supplied: "lgsco-upheld-rate", format: { type: "percent", decimals: 0, suffix: "%" } },
          { supplied: "lgsco-upheld-rate", yearOffset: -1, format: { type: "percent", decimals: 0, suffix: "%" } },
        ],
      },
    ],
  };
  return defineCouncil({
    ...exampleCouncilInput,
    suppliedFigures,
    report: { ...exampleCouncilInput.report, sections: [{ ...first!, tables: [...first!.tables, table] }, ...rest] },
  });
}

describe("supplied figures", () => {
  it("prints the figure as supplied, names its source for the cell, and shows nothing for a year without one", () => {
    const council = councilWith([{ year: 2021, key: "lgsco-upheld-rate", value: 62, source: SOURCE }]);
    const report = reportSchema.parse(buildReport(council, [], financialYear(2021)));
    const table = report.sections.flatMap((s) => s.tables).find((t) => t.id === "lgsco-letter");
    expect(table?.rows[0]?.cells).toEqual(["62%", null]);
    expect(table?.supplied).toEqual([{ row: "Upheld, as a percentage of complaints investigated", column: "2021/22", source: SOURCE }]);
    // Tables without a supplied figure carry no list.
    expect(report.sections.flatMap((s) => s.tables).filter((t) => t.supplied)).toHaveLength(1);
  });

  it("uses the figures given to buildReport (e.g. entered in the app) instead of the adapter's", () => {
    const council = councilWith([{ year: 2021, key: "lgsco-upheld-rate", value: 62, source: SOURCE }]);
    const entered = mergeSuppliedFigures(council.suppliedFigures, [
      { year: 2021, key: "lgsco-upheld-rate", value: 58, source: "annual letter 2022 (corrected)" },
    ]);
    expect(entered).toHaveLength(1);
    const table = buildReport(council, [], financialYear(2021), { suppliedFigures: entered })
      .sections.flatMap((s) => s.tables)
      .find((t) => t.id === "lgsco-letter");
    expect(table?.rows[0]?.cells[0]).toBe("58%");
    expect(table?.supplied?.[0]?.source).toBe("annual letter 2022 (corrected)");
  });

  it("refuses a figure without a source, a bad key and a figure listed twice, naming the field", () => {
    const problems = validateCouncil({
      ...exampleCouncilInput,
      suppliedFigures: [
        { year: 2021, key: "lgsco-upheld-rate", value: 62, source: "" },
        { year: 2021, key: "LGSCO rate", value: 1, source: SOURCE },
      ],
    }).problems.join("\n");
    expect(problems).toMatch(/suppliedFigures\[0\]\.source: say where the figure comes from/);
    expect(problems).toMatch(/suppliedFigures\[1\]\.key: must be lower-case words joined by hyphens/);
    const twice = suppliedFiguresSchema.safeParse([
      { year: 2021, key: "a-b", value: 1, source: SOURCE },
      { year: 2021, key: "a-b", value: 2, source: SOURCE },
    ]);
    expect(twice.error?.issues[0]?.message).toBe("a-b for 2021: this supplied figure is listed twice");
  });

  it("finds a figure by key and year, and labels its source", () => {
    const figures = suppliedFiguresSchema.parse([{ year: 2018, key: "lgsco-further-complaints", value: 8, source: SOURCE }]);
    expect(suppliedFigure(figures, "lgsco-further-complaints", 2018)?.value).toBe(8);
    expect(suppliedFigure(figures, "lgsco-further-complaints", 2019)).toBeUndefined();
    expect(suppliedLabel(SOURCE)).toBe(`Supplied: ${SOURCE}`);
  });
});
