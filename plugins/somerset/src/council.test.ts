import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedFileSchema, validateCouncil } from "@csc/council-kit";
import { causes, themes } from "./causes";
import { council } from "./index";

const published = publishedFileSchema.parse(JSON.parse(readFileSync(new URL("../published/2016.json", import.meta.url), "utf8")));
const tables = new Map(council.report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
/** The layout's labels for the 2016/17 report. */
const for2016 = (label: string): string => label.replaceAll("{year-2}", "2014/15").replaceAll("{year-1}", "2015/16").replaceAll("{year}", "2016/17");
const value = (table: string, row: string, column: string): number => {
  const figure = published.find((f) => f.table === table && f.row === row && f.column === column);
  if (typeof figure?.value !== "number") throw new Error(`no number for ${table} / ${row} / ${column}`);
  return figure.value;
};

describe("Somerset adapter definition", () => {
  it("is a valid council adapter", () => {
    expect(council.id).toBe("somerset");
    expect(council.onsCode).toBe("E10000027");
    expect(validateCouncil({ ...council }).problems).toEqual([]);
  });

  it("keeps the seed's section order and its tables in order", () => {
    expect(council.report.sections.map((s) => s.title.split(" ").slice(0, 2).join(" "))).toEqual([
      "Introduction",
      "Section 1",
      "Section 2",
      "Section 3",
      "3.1 Volumes",
      "3.2 Resolution",
      "3.3 Complaint",
      "3.4 Customer",
      "3.5 Complaints",
      "3.6 Reasons",
      "3.7 Stage",
      "3.8 Local",
      "Section 4",
      "Section 5",
      "Section 6",
    ]);
    const sources = council.report.sections.flatMap((s) => s.tables.map((t) => t.source));
    const order = sources.map((s) => Number.parseFloat(s));
    expect(order.filter((n, i) => i > 0 && n < (order[i - 1] as number) && sources[i] !== "1.2, 2.5 and 3.6")).toEqual([]);
  });

  it("carries the 26 primary causes (25 causes and 'Not recorded') grouped into 9 themes", () => {
    expect(causes).toHaveLength(25);
    expect(themes).toHaveLength(8);
    expect(tables.get("primary-causes")?.rows.filter((r) => r.label !== "Total")).toHaveLength(26);
    expect(tables.get("cause-themes")?.rows.filter((r) => r.label !== "Total")).toHaveLength(9);
    for (const cause of causes) expect(themes.map((t) => t.code)).toContain(cause.parent);
  });

  it("has a layout cell for every published figure", () => {
    const missing = published.filter((f) => {
      const table = tables.get(f.table);
      const row = table?.rows.find((r) => for2016(r.label) === f.row);
      return !table || !row || !table.columns.some((c) => for2016(c.label) === f.column);
    });
    expect(missing).toEqual([]);
  });

  it("lists only exceptions that name a published figure, each with its reason", () => {
    for (const exception of council.publishedExceptions) {
      expect(published.some((f) => f.table === exception.table && f.row === exception.row && f.column === exception.column)).toBe(true);
      expect(exception.reason.length).toBeGreaterThan(40);
    }
  });

  it("transcribes figures that agree with each other as the seed states them", () => {
    const sum = (table: string, rows: string[], column: string) => rows.reduce((s, r) => s + value(table, r, column), 0);
    expect(value("volumes", "Total Feedback", "2014/15")).toBe(value("volumes", "CSC Complaints", "2014/15"));
    expect(value("volumes", "Total Feedback", "2015/16")).toBe(sum("volumes", ["CSC Complaints", "CSC Compliments", "CSC Comments"], "2015/16"));
    for (const column of ["2015/16 No.", "2016/17 No."]) {
      expect(value("resolution-stages", "Total", column)).toBe(sum("resolution-stages", ["Stage 1", "Stage 2", "Stage 3", "LGO"], column));
    }
    expect(value("volumes", "Total Feedback", "2016/17")).toBe(
      sum("volumes", ["CSC Complaints", "CSC Compliments", "CSC Comments", "CSC Member Enquiries"], "2016/17"),
    );
    expect(value("resolution-stages", "Total", "2016/17 No.")).toBe(value("outcomes", "Total", "2016/17 Cases"));
    const causeRows = published.filter((f) => f.table === "primary-causes" && f.column === "Total" && f.row !== "Total");
    expect(causeRows.reduce((s, f) => s + (f.value as number), 0)).toBe(value("primary-causes", "Total", "Total"));
    const themeRows = published.filter((f) => f.table === "cause-themes" && f.column === "Number" && f.row !== "Total");
    expect(themeRows.reduce((s, f) => s + (f.value as number), 0)).toBe(value("cause-themes", "Total", "Number"));
    const causeRowsOf = published.filter((f) => f.table === "compliment-causes" && f.column === "No." && f.row !== "Total");
    expect(causeRowsOf.reduce((s, f) => s + (f.value as number), 0)).toBe(value("compliments-by-team", "Total", "No. of Compliments"));
    expect(value("member-enquiries", "Total", "Number")).toBe(value("summary", "Member enquiries", "2016/17"));
  });

  it("names the source of every timescale", () => {
    expect(council.procedures.acknowledgement.source).toMatch(/Local policy/);
    expect(council.procedures.stage1.source).toMatch(/SI 2006\/1738 reg 14/);
    expect(council.procedures.stage2.source).toMatch(/SI 2006\/1738 regs 16-17/);
  });

  it("loads the fixture export and the published figures", async () => {
    expect((await council.fixtures()).startsWith("Case Reference,Case Type")).toBe(true);
    const years = await council.published();
    expect(years.map((y) => y.year)).toEqual([2016]);
    expect(years[0]?.figures).toHaveLength(published.length);
  });
});
