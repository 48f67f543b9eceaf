import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publishedFileSchema, validateCouncil } from "@csc/council-kit";
import { council } from "./index";

const published = publishedFileSchema.parse(JSON.parse(readFileSync(new URL("../published/2020.json", import.meta.url), "utf8")));
const tables = new Map(council.report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
/** The layout's labels for the 2020/21 report ("{year}" is the report's financial year). */
const for2020 = (label: string): string => label.replaceAll("{year-1}", "2019/20").replaceAll("{year}", "2020/21");

describe("Hartlepool adapter definition", () => {
  it("is a valid council adapter", () => {
    expect(council.id).toBe("hartlepool");
    expect(council.onsCode).toBe("E06000001");
    expect(validateCouncil({ ...council }).problems).toEqual([]);
  });

  it("keeps the seed's section order, with section 7's paragraphs as tables", () => {
    expect(council.report.sections.map((s) => s.title.split(" ")[0])).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.1.",
      "7.2.",
      "7.3.",
      "7.4.",
      "7.5.",
      "7.6.",
      "8.",
      "9.",
      "Appendix",
      "Appendix",
    ]);
  });

  it("has a layout cell for every published figure", () => {
    const missing = published.filter((f) => {
      const table = tables.get(f.table);
      const row = table?.rows.find((r) => for2020(r.label) === f.row);
      return !table || !row || !table.columns.some((c) => for2020(c.label) === f.column);
    });
    expect(missing).toEqual([]);
  });

  it("lists only exceptions that name a published figure, each with its reason", () => {
    for (const exception of council.publishedExceptions) {
      expect(published.some((f) => f.table === exception.table && f.row === exception.row && f.column === exception.column)).toBe(true);
      expect(exception.reason.length).toBeGreaterThan(20);
    }
  });

  it("transcribes figures that agree with each other as the seed states them (section 7.2)", () => {
    const value = (table: string, row: string, column = "2020/21"): number =>
      published.find((f) => f.table === table && f.row === row && f.column === column)?.value as number;
    expect(value("not-considered", "Total not considered further") + value("complaints-received", "Complaints investigated")).toBe(
      value("complaints-received", "Complaints received"),
    );
    expect(value("stage1", "Resolved") + value("stage1", "Progressed to Stage 2")).toBe(value("stage1", "Responded to at Stage 1"));
    expect(value("stage1", "Progressed to Stage 2") + value("first-stage", "Proceeded directly to Stage 2")).toBe(
      value("stage2", "Investigated at Stage 2"),
    );
    expect(value("complaints-received", "Complaints received", "2020/21") - value("complaints-received", "Complaints received", "2019/20")).toBe(
      value("complaints-received", "Complaints received", "Change on previous year"),
    );
    expect(value("compliments", "Compliments received", "2020/21") - value("compliments", "Compliments received", "2019/20")).toBe(
      value("compliments", "Compliments received", "Change on previous year"),
    );
  });

  it("names the source of every timescale", () => {
    expect(council.procedures.acknowledgement.source).toMatch(/Local policy/);
    expect(council.procedures.stage1.source).toMatch(/SI 2006\/1738 reg 14/);
    expect(council.procedures.stage2).toMatchObject({ extendedWorkingDays: 65 });
  });

  it("loads the fixture export and the published figures", async () => {
    expect((await council.fixtures()).startsWith("Reference,Record Type")).toBe(true);
    const years = await council.published();
    expect(years.map((y) => y.year)).toEqual([2020]);
    expect(years[0]?.figures).toHaveLength(published.length);
  });
});
