import { describe, expect, it } from "vitest";
import { buildSection, parseLayoutText, uniqueId, withSection, type TableChoices } from "./layout-builder";

const choices: TableChoices = {
  sectionTitle: "Complaints by stage",
  tableTitle: "Complaints started by stage",
  kind: "stages-over-years",
  metric: "stages_started",
  aggregation: "count",
  years: 3,
  stage: "",
  figureLabel: "",
  complaintsOnly: true,
};

describe("the structured layout editor", () => {
  it("builds a multi-year table of a measure by stage: rows are financial years, columns stages", () => {
    const section = buildSection(choices, new Set()) as {
      id: string;
      tables: Array<{ columns: unknown; rows: Array<{ label: string; cells: unknown[] }> }>;
    };
    expect(section.id).toBe("complaints-by-stage");
    const table = section.tables[0];
    expect(table?.columns).toEqual([{ label: "Stage 1" }, { label: "Stage 2" }, { label: "Stage 3" }]);
    expect(table?.rows.map((r) => r.label)).toEqual(["{year-2}", "{year-1}", "{year}"]);
    expect(table?.rows[0]?.cells[1]).toEqual({
      measure: { metric: "stages_started", stage: "stage2", filter: { kind: ["complaint"] } },
      yearOffset: -2,
      format: "count",
    });
  });

  it("builds a single figure such as the average working days to respond at Stage 1", () => {
    const section = buildSection(
      {
        ...choices,
        kind: "single-figure",
        metric: "average_working_days",
        aggregation: "average",
        stage: "stage1",
        figureLabel: "Average working days",
      },
      new Set(),
    ) as { tables: Array<{ rows: Array<{ label: string; cells: unknown[] }> }> };
    expect(section.tables[0]?.rows).toEqual([
      {
        label: "Average working days",
        cells: [
          {
            measure: { metric: "average_working_days", stage: "stage1", filter: { kind: ["complaint"] } },
            yearOffset: 0,
            format: "average",
            whenEmpty: null,
          },
        ],
      },
    ]);
  });

  it("appends to the layout in force with ids not yet taken", () => {
    const layout = { title: "T", sections: [{ id: "complaints-by-stage", tables: [{ id: "complaints-started-by-stage" }] }] };
    const next = withSection(layout, choices) as { title: string; sections: Array<{ id: string; tables: Array<{ id: string }> }> };
    expect(next.title).toBe("T");
    expect(next.sections.map((s) => s.id)).toEqual(["complaints-by-stage", "complaints-by-stage-2"]);
    expect(next.sections[1]?.tables[0]?.id).toBe("complaints-started-by-stage-2");
    expect(uniqueId("!!!", new Set())).toBe("table");
  });

  it("reads the layout file's text as JSON, or names why it is not JSON at the layout's path", () => {
    expect(parseLayoutText('{\n  "a": 1\n}')).toEqual({ layout: { a: 1 }, problem: null });
    expect(parseLayoutText("{ nope")).toMatchObject({ layout: null, problem: expect.stringContaining("layout: is not valid JSON") });
  });
});
