import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineCouncil, publishedFileSchema, validateCouncil } from "@csc/council-kit";
import { council } from "./index";

const published = publishedFileSchema.parse(JSON.parse(readFileSync(new URL("../published/2015.json", import.meta.url), "utf8")));
const tables = new Map(council.report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
/** The layout's labels for the 2015/16 report. */
const for2015 = (label: string): string => label.replaceAll("{year-1}", "2014/15").replaceAll("{year}", "2015/16");
const value = (table: string, row: string, column: string): number | string | undefined =>
  published.find((f) => f.table === table && f.row === row && f.column === column)?.value;

describe("Northamptonshire adapter definition", () => {
  it("is a valid council adapter", () => {
    expect(council.id).toBe("northamptonshire");
    expect(council.onsCode).toBe("E10000021");
    expect(validateCouncil({ ...council }).problems).toEqual([]);
  });

  it("keeps the seed's order of sections", () => {
    expect(council.report.sections.map((s) => s.title)).toEqual([
      "Introduction",
      "1. Why we publish a report?",
      "2. What is a complaint?",
      "3. Who may complain?",
      "4. The process",
      "5. What is a compliment?",
      "6. Headline figures",
      "Improvements made as a result of feedback",
      "Complaints Activity",
      "Complaints by Service Area",
      "Complaint Outcomes",
      "Complaints Performance",
      "Complaint Escalations (Stage 2 and Stage 3)",
      "LGO Investigations and Decisions",
      "Compliments Activity",
      "Complaints from Young People",
      "Moving Forward",
    ]);
  });

  it("has a layout cell for every published figure", () => {
    const missing = published.filter((f) => {
      const table = tables.get(f.table);
      const row = table?.rows.find((r) => for2015(r.label) === f.row);
      return !table || !row || !table.columns.some((c) => for2015(c.label) === f.column);
    });
    // "channels" rows come from the channel vocabulary (rowsFrom), so they are checked against it.
    expect(missing.filter((f) => f.table !== "channels")).toEqual([]);
    const channelLabels = council.vocabularies.channels.map((c) => c.label);
    expect(published.filter((f) => f.table === "channels").map((f) => f.row)).toEqual(channelLabels);
  });

  it("lists only exceptions that name a published figure, each with its reason", () => {
    for (const exception of council.publishedExceptions) {
      expect(value(exception.table, exception.row, exception.column)).toBeDefined();
      expect(exception.reason.length).toBeGreaterThan(40);
    }
  });

  it("transcribes figures that agree where the seed says they should", () => {
    const n = (table: string, row: string, column: string) => value(table, row, column) as number;
    const lgo = [
      "Referred back for local resolution",
      "Closed after initial enquiries",
      "Closed with advice given",
      "Incomplete or invalid",
      "Not upheld",
      "Upheld",
    ];
    expect(lgo.reduce((s, row) => s + n("lgo", row, "Number"), 0)).toBe(n("lgo", "Pursued", "Number"));
    const bands = ["Resolved within 10 working days", "Resolved within the extended 20 working days", "Took longer than 20 working days"];
    expect(bands.reduce((s, row) => s + n("stage1-timescales", row, "2014/15 Number"), 0)).toBe(
      n("stage1-timescales", "Stage 1 complaints resolved", "2014/15 Number"),
    );
    const compliments = published.filter((f) => f.table === "compliments" && f.row !== "Compliments recorded");
    expect(compliments.reduce((s, f) => s + (f.value as number), 0)).toBe(95);
    const themes = published.filter((f) => f.table === "young-people-themes" && f.column === "Complaints");
    expect(themes.reduce((s, f) => s + (f.value as number), 0)).toBe(35);
  });

  it("records where the seed's tables use other bases than the 372 new complaints (README, Bases)", () => {
    const channels = published.filter((f) => f.table === "channels").reduce((s, f) => s + (f.value as number), 0);
    const services = published.filter((f) => f.table === "service-areas").reduce((s, f) => s + (f.value as number), 0);
    expect([channels, services, value("headline", "New complaints received", "2015/16")]).toEqual([397, 360, 372]);
  });

  it("names the source of every timescale and counts Stage 1 in time within the agreed extension", () => {
    expect(council.procedures.acknowledgement.source).toMatch(/Local policy/);
    expect(council.procedures.stage1).toMatchObject({ workingDays: 10, extendedWorkingDays: 20 });
    expect(council.procedures.stage1.source).toMatch(/SI 2006\/1738 reg 14/);
  });

  it("refuses a Stage 1 timescale above the statutory maximum, naming the regulation", () => {
    const input = { ...council, procedures: { ...council.procedures, stage1: { ...council.procedures.stage1, extendedWorkingDays: 25 } } };
    expect(() => defineCouncil(input)).toThrow(
      /stage1\.extendedWorkingDays: 25 is above the statutory maximum of 20 working days \(SI 2006\/1738 reg 14\)/,
    );
  });

  it("maps every team to a service area of the report's table", () => {
    const areas = new Set(council.vocabularies.serviceAreas.map((a) => a.code));
    expect(council.vocabularies.teams.filter((t) => !t.parent || !areas.has(t.parent))).toEqual([]);
  });
});
