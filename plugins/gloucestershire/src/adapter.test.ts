import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCaseFacts } from "@csc/council-kit";
import { addCalendarDays } from "@csc/rules";
import { council, parseGloucestershireExport } from "./index";
import { EXPORT_COLUMNS } from "./importer/index";
import { TEAMS } from "./vocabularies";
import { REASON_CATEGORIES, REASONS } from "./reasons";

interface Figure {
  table: string;
  row: string;
  column: string;
  section: string;
  value: number | string;
}
const published = JSON.parse(readFileSync(new URL("../published/2018.json", import.meta.url), "utf8")) as Figure[];

describe("the Gloucestershire adapter", () => {
  it("lays out the report's sections in the seed's order", () => {
    expect(council.report.sections.map((s) => s.id)).toEqual([
      "executive-summary",
      "compliments",
      "comments",
      "complaints",
      "reasons",
      "outcomes",
      "improving-services",
      "timeliness",
      "who",
      "children-and-young-people",
      "appendix-1",
      "appendix-2",
    ]);
  });

  it("keeps the reasons exactly as para 21 prints them: every category and reason, and nothing else", () => {
    const rows = published.filter((f) => f.table === "reasons");
    expect(rows.filter((f) => f.column === "Total").map((f) => f.row)).toEqual(REASON_CATEGORIES.map((c) => c.label));
    expect(rows.filter((f) => f.column === "Number").map((f) => f.row)).toEqual(REASONS.map((r) => r.label));
    const table = council.report.sections.flatMap((s) => s.tables).find((t) => t.id === "reasons");
    expect(table?.rows.map((r) => r.label)).toEqual(
      REASON_CATEGORIES.flatMap((c) => [c.label, ...REASONS.filter((r) => r.parent === c.code).map((r) => r.label)]),
    );
  });

  it("publishes category totals that are the sums of their reasons (the seed's table is consistent)", () => {
    for (const category of REASON_CATEGORIES) {
      const total = published.find((f) => f.table === "reasons" && f.row === category.label)?.value;
      const sum = REASONS.filter((r) => r.parent === category.code)
        .map((r) => published.find((f) => f.table === "reasons" && f.row === r.label)?.value)
        .reduce<number>((a, v) => a + (typeof v === "number" ? v : Number.NaN), 0);
      expect(sum, category.label).toBe(total);
    }
  });

  it("dates the team renames so that the new name follows the old without a gap", () => {
    for (const team of TEAMS.filter((t) => "renamedFrom" in t)) {
      const old = TEAMS.find((t) => t.code === team.renamedFrom);
      expect(old && "validTo" in old ? addCalendarDays(old.validTo, 1) : null, team.label).toBe(team.validFrom);
    }
  });

  it("acknowledges within 2 working days by local policy and names its source", () => {
    expect(council.procedures.acknowledgement.workingDays).toBe(2);
    expect(council.procedures.acknowledgement.source).toMatch(/local policy.*para 28/);
    expect(council.procedures.corporate?.stages.map((s) => s.workingDays)).toEqual([10, 25]);
  });

  it("names the seed's section or paragraph for every published figure", () => {
    for (const f of published) expect(f.section).toMatch(/^(Executive summary|paras? \d+)$/);
  });

  it("maps a team code only while it is in force: Children's Assessment from April 2018, Referral & Assessment before", () => {
    const header = EXPORT_COLUMNS.map(([c]) => c).join(",");
    const row = (team: string, received: string): string =>
      EXPORT_COLUMNS.map(
        ([c]) =>
          ({
            reference: `X-${team}-${received}`,
            kind: "COMPLIMENT",
            received_date: received,
            young_person: "N",
            teams: team,
            closed_date: received,
          })[c as string] ?? "",
      ).join(",");
    const [before, after, oldAfter] = parseGloucestershireExport(
      [header, row("RA", "15/03/2018"), row("CA", "03/04/2018"), row("RA", "03/04/2018")].join("\n"),
    );
    const asOf = "2019-06-28";
    expect(toCaseFacts(council, before!, { asOf }).teams).toEqual([{ code: "RA", serviceArea: "front_door_assessment" }]);
    expect(toCaseFacts(council, after!, { asOf }).teams).toEqual([{ code: "CA", serviceArea: "front_door_assessment" }]);
    expect(() => toCaseFacts(council, oldAfter!, { asOf })).toThrow(/team "RA" is not a code in vocabularies.teams in force on 2018-04-03/);
  });
});
