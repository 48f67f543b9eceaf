import { describe, expect, it } from "vitest";
import { vocabulariesSchema } from "../vocabulary/local-vocabulary";
import { readReportLayoutFile, validateReportLayout } from "./validate-layout";
import { standardReportLayout } from "./standard-layout";

const vocabularies = vocabulariesSchema.parse({});

describe("validateReportLayout", () => {
  it("accepts the standard layout as JSON", () => {
    const { layout, problems } = readReportLayoutFile(JSON.stringify(standardReportLayout()), vocabularies);
    expect(problems).toEqual([]);
    expect(layout).toEqual(standardReportLayout());
  });

  it("names every problem by its JSON path from layout", () => {
    const layout = {
      sections: [
        {
          id: "a",
          title: "A",
          tables: [{ id: "t", title: "T", source: "1", columns: [{ label: "X" }], rows: [{ label: "r", cells: [{ measure: { metric: "nope" } }] }] }],
        },
        { id: "B!", title: "B" },
      ],
    };
    const { layout: parsed, problems } = validateReportLayout(layout, vocabularies);
    expect(parsed).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(["layout.sections[0].tables[0].rows[0].cells[0].measure.metric", "layout.sections[1].id"]);
    expect(problems[0]?.message).toContain('unknown measure "nope"');
  });

  it("checks what a schema cannot: a chart naming no table, a row narrower than its columns", () => {
    const layout = {
      sections: [
        {
          id: "a",
          title: "A",
          tables: [{ id: "t", title: "T", source: "1", columns: [{ label: "X" }, { label: "Y" }], rows: [{ label: "r", cells: [{ text: "x" }] }] }],
          charts: [{ id: "c", type: "bar", table: "missing" }],
        },
      ],
    };
    const paths = validateReportLayout(layout, vocabularies).problems.map((p) => p.path);
    expect(paths).toContain("layout.sections[0].charts[0].table");
    expect(paths).toEqual(["layout.sections[0].tables[0].rows[0]", "layout.sections[0].charts[0].table"]);
  });

  it("names a JSON syntax error", () => {
    expect(readReportLayoutFile("{ sections: ", vocabularies).problems).toEqual([
      { path: "layout", message: expect.stringContaining("is not valid JSON") },
    ]);
  });
});
