import { describe, expect, it } from "vitest";
import { CouncilDefinitionError, defineCouncil, validateCouncil } from "./define-council";
import { exampleCouncilInput } from "../example/example-council";

type Mutable = Record<string, unknown>;
/** A deep copy of the example input (functions kept) to break one thing at a time. */
function example(): typeof exampleCouncilInput & Mutable {
  const copy = structuredClone({ ...exampleCouncilInput, importer: undefined, fixtures: undefined, published: undefined });
  return {
    ...copy,
    importer: exampleCouncilInput.importer,
    fixtures: exampleCouncilInput.fixtures,
    published: exampleCouncilInput.published,
  } as never;
}
function problemsOf(input: unknown): string[] {
  return validateCouncil(input).problems;
}

describe("defineCouncil", () => {
  it("accepts a valid adapter and returns it deeply frozen with defaults filled in", () => {
    const council = defineCouncil(example());
    expect(council.id).toBe("exampleshire");
    expect(Object.isFrozen(council)).toBe(true);
    expect(Object.isFrozen(council.vocabularies.teams[0])).toBe(true);
    expect(council.procedures.stage1).toEqual({ workingDays: 10, extendedWorkingDays: 20, source: "SI 2006/1738 reg 14" });
    expect(council.publishedExceptions).toEqual([]);
  });

  it("throws a CouncilDefinitionError listing every problem", () => {
    const input = example();
    input.id = "Example Shire";
    input.vocabularies.reasons[0]!.canonical = "comms";
    let error: unknown;
    try {
      defineCouncil(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CouncilDefinitionError);
    const problems = (error as CouncilDefinitionError).problems;
    expect(problems).toHaveLength(1); // schema problems first; cross checks run once the shape is valid
    expect(problems[0]).toMatch(/^id: must be kebab-case/);
    expect((error as Error).message).toContain('Council adapter "Example Shire" is invalid (1 problem)');
  });

  it("names a local label mapped to no canonical value", () => {
    const input = example();
    input.vocabularies.reasonCategories[0]!.canonical = "comms";
    expect(problemsOf(input)).toEqual([
      expect.stringMatching(
        /^vocabularies\.reasonCategories\["COMMS"\]: maps to "comms", which is not a canonical reason theme \(expected one of: communication, staff_attitude_conduct, /,
      ),
    ]);
  });

  it("names duplicate codes, unknown parents and renames, and reversed dates", () => {
    const input = example();
    input.vocabularies.channels.push({ code: "EM", label: "E-mail", canonical: "email" });
    input.vocabularies.reasons[1]!.parent = "NOPE";
    input.vocabularies.teams[1]!.renamedFrom = "XX";
    input.vocabularies.teams[2] = { ...input.vocabularies.teams[2]!, validFrom: "2021-01-01", validTo: "2020-01-01" } as never;
    expect(problemsOf(input)).toEqual([
      'vocabularies.reasons["DELAY"]: parent "NOPE" is not a code in vocabularies.reasonCategories',
      'vocabularies.teams["CIC1"]: validFrom 2021-01-01 is after validTo 2020-01-01',
      'vocabularies.teams["CA"]: renamedFrom "XX" is not a code in vocabularies.teams',
      'vocabularies.channels: duplicate code "EM"',
    ]);
  });

  it("allows a code to repeat with non-overlapping dates (a rename keeping the code) but not overlapping ones", () => {
    const input = example();
    input.vocabularies.teams.push({ code: "CIC1", label: "Children in Care", canonical: "children_in_care", validFrom: "2019-01-01" } as never);
    const team = input.vocabularies.teams[2] as Mutable;
    team.validTo = "2018-12-31";
    expect(problemsOf(input)).toEqual([]);
    team.validTo = "2019-01-01";
    expect(problemsOf(input)).toEqual(['vocabularies.teams: duplicate code "CIC1" with overlapping validFrom/validTo']);
  });

  it("names a timescale above its statutory maximum with the regulation (the rules engine's check)", () => {
    const input = example();
    (input.procedures as Mutable).stage1 = { workingDays: 25 };
    (input.procedures as Mutable).stage2 = { workingDays: 25, extendedWorkingDays: 70 };
    (input.procedures as Mutable).stage3 = { panelWorkingDays: 31 };
    expect(problemsOf(input)).toEqual([
      "procedures.stage1.workingDays: 25 is above the statutory maximum of 20 working days (SI 2006/1738 reg 14)",
      "procedures.stage2.extendedWorkingDays: 70 is above the statutory maximum of 65 working days (SI 2006/1738 reg 17)",
      "procedures.stage3.panelWorkingDays: 31 is above the statutory maximum of 30 working days (SI 2006/1738 reg 19)",
    ]);
  });

  it("checks the corporate procedure's stages with the rules engine", () => {
    const input = example();
    (input.procedures as Mutable).corporate = {
      stages: [
        { id: "s1", label: "Stage 1", workingDays: 10, source: "Corporate complaints policy 2020 (local policy)" },
        { id: "s2", label: "Stage 2", workingDays: 25, source: "Corporate complaints policy 2020 (local policy)" },
      ],
    };
    expect(problemsOf(input)).toEqual([]);
  });

  it("names a report table cell that names an unknown measure", () => {
    const input = example();
    const row = input.report.sections[0]!.tables[0]!.rows[0]!;
    (row.cells[1] as Mutable).measure = { metric: "foo" };
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^report\.sections\[0\]\.tables\[0\]\.rows\[0\]\.cells\[1\]\.measure\.metric: names unknown measure "foo" \(expected one of: cases_received, /,
    );
  });

  it("checks layouts: row widths, picks, filter values, rowsFrom templates, chart tables and ids", () => {
    const input = example();
    const [volumes, outcomes] = input.report.sections as unknown as [
      Mutable & { tables: Mutable[]; charts: Mutable[] },
      Mutable & { tables: Mutable[] },
    ];
    const received = volumes.tables[0] as { rows: { cells: unknown[] }[] };
    received.rows[0]!.cells.pop();
    received.rows[1]!.cells[0] = { measure: { metric: "cases_received", filter: { kind: ["complaints"], localChannel: ["FAX"] } } };
    received.rows[1]!.cells[1] = { measure: { metric: "cases_received", groupBy: ["channel"] } };
    volumes.charts[0]!.table = "nope";
    const outcomesTable = outcomes.tables[0] as { columns: Mutable[]; id: string };
    outcomesTable.columns[0]!.cell = { measure: { metric: "cases_completed", stage: "stage1" } };
    outcomesTable.id = "received";
    expect(problemsOf(input)).toEqual([
      'report.sections[0].tables[0].rows[0] ("Complaints"): has 1 cells but the table has 2 columns',
      'report.sections[0].tables[0].rows[1].cells[0].measure.filter.kind: "complaints" is not a canonical value for kind (expected one of: complaint, informal_resolution, comment, compliment, signpost, member_enquiry, lgsco_enquiry)',
      'report.sections[0].tables[0].rows[1].cells[0].measure.filter.localChannel: "FAX" is not a code in the council\'s vocabulary for localChannel (expected one of: EM, PH)',
      "report.sections[0].tables[0].rows[1].cells[1].pick: the measure groups by channel; pick the group key to show",
      'report.sections[1].tables[0]: duplicate table id "received"',
      'report.sections[1].tables[0].columns[0].cell.measure.groupBy: in a rowsFrom table a measure must group by the row dimension "localOutcome" first',
      'report.sections[0].charts[0].table: "nope" is not a table id in the report',
    ]);
  });

  it("reports unknown fields and wrong types with their paths", () => {
    const input = example() as Mutable;
    input.onsCode = "12345";
    input.colour = "blue";
    delete input.importer;
    expect(problemsOf(input)).toEqual([
      "onsCode: must be an ONS/GSS code such as E10000013 (E or W and 8 digits)",
      "importer: is required (object)",
      'council: unknown field "colour"',
    ]);
  });
});
