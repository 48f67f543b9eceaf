import type { ReportTable } from "@csc/council-kit";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx";
import { chartSeries, svgChart, type ChartSpec } from "./svg-chart";

/** What a chart draws: the parts, never a "Total" beside them, a listed subtotal, or a row with no figure. */
const chart = (columns: string[], excludeRows?: string[]): ChartSpec => ({
  id: "c",
  type: "bar",
  table: "t",
  columns,
  ...(excludeRows ? { excludeRows } : {}),
});

describe("chart series", () => {
  it("leaves out the Total row beside its parts (Worcestershire's teams, Somerset's themes)", () => {
    const table: ReportTable = {
      id: "t",
      title: "T",
      columns: ["2020/21", "2021/22"],
      rows: [
        { label: "Safeguarding Teams", cells: [96, 89] },
        { label: "Through Care", cells: [38, 40] },
        { label: "Total", cells: [134, 129] },
      ],
    };
    expect(chartSeries(chart(["2020/21", "2021/22"]), table)).toEqual({
      labels: ["Safeguarding Teams", "Through Care"],
      series: [
        { name: "2020/21", values: [96, 38] },
        { name: "2021/22", values: [89, 40] },
      ],
    });
    expect(svgChart(chart(["2021/22"]), table)).not.toContain(">Total<");
  });

  it("leaves out a subtotal the layout names (Somerset's Remaining = Advocate + Other)", () => {
    const table: ReportTable = {
      id: "t",
      title: "T",
      columns: ["2016/17 %"],
      rows: [
        { label: "Parents", cells: [47] },
        { label: "Remaining", cells: [34] },
        { label: "Advocate", cells: [1] },
        { label: "Other", cells: [33] },
      ],
    };
    expect(chartSeries(chart(["2016/17 %"], ["Remaining"]), table).labels).toEqual(["Parents", "Advocate", "Other"]);
  });

  it("draws category rows from the column that holds their figures, and skips rows with none (Gloucestershire's reasons)", () => {
    const table: ReportTable = {
      id: "t",
      title: "T",
      columns: ["Number", "Total"],
      rows: [
        { label: "Communication", cells: ["", 102] },
        { label: "Data breach", cells: [10, ""] },
        { label: "Cost", cells: ["", 8] },
        { label: "Not receiving payments that are due", cells: [5, ""] },
      ],
    };
    expect(chartSeries(chart(["Total"]), table)).toEqual({ labels: ["Communication", "Cost"], series: [{ name: "Total", values: [102, 8] }] });
    // A zero is a figure and is drawn; "12%" reads as 12.
    const zero: ReportTable = {
      ...table,
      columns: ["N"],
      rows: [
        { label: "A", cells: [0] },
        { label: "B", cells: ["12%"] },
      ],
    };
    expect(chartSeries(chart(["N"]), zero).series[0]?.values).toEqual([0, 12]);
  });
});

describe("DOCX table captions", () => {
  it("are Word captions, not headings (they stay out of the navigation pane)", async () => {
    const table: ReportTable = { id: "t", title: "Complaints by team", columns: ["N"], rows: [{ label: "A", cells: [1] }] };
    const bytes = await renderDocx({
      council: "x",
      period: { start: "2021-04-01", end: "2022-03-31" },
      sections: [{ id: "s", title: "Section", tables: [table] }],
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const caption = /<w:p>(?:(?!<\/w:p>).)*Complaints by team(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? "";
    expect(caption).toContain('<w:pStyle w:val="Caption"/>');
    expect(xml).not.toContain('<w:pStyle w:val="Heading3"/>');
    expect(await zip.file("word/styles.xml")!.async("string")).toMatch(
      /<w:style w:type="paragraph" w:styleId="Caption">.*?<w:name w:val="caption"\/>/s,
    );
  });
});
