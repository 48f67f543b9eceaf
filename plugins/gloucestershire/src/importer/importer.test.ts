import { describe, expect, it } from "vitest";
import { ImportError, importedCaseSchema } from "@csc/council-kit";
import { EXPORT_COLUMNS, type ExportRecord } from "./export-record";
import { ExportError, parseGloucestershireExport, readExport, writeExport } from "./index";

const header = EXPORT_COLUMNS.map(([c]) => c).join(",");

function row(values: Partial<Record<(typeof EXPORT_COLUMNS)[number][0], string>>): string {
  return EXPORT_COLUMNS.map(([c]) => values[c] ?? "").join(",");
}

const complaint = {
  reference: "CSC/1819/0001",
  kind: "COMPLAINT",
  procedure: "CSC",
  received_date: "02/04/2018",
  channel: "EMAIL",
  complainant_type: "PARENT",
  young_person: "N",
  teams: "CA;CS",
  reasons: "COM02;QUA01",
  acknowledged_date: "03/04/2018",
  stage1_extended_to_wd: "20",
  stage1_response_date: "25/04/2018",
  stage1_outcome: "PARTIAL",
  stage2_requested_date: "08/05/2018",
  stage2_statement_agreed_date: "15/05/2018",
  stage2_extended_to_wd: "65",
  stage2_response_date: "08/08/2018",
  stage2_outcome: "NOTUPHELD",
  lgsco_referred_date: "01/10/2018",
  lgsco_decision_date: "01/12/2018",
  lgsco_decision: "WITHDRAWN",
  gender: "F",
  ethnicity: "BRITISH",
  disability: "N",
  closed_date: "08/08/2018",
};

describe("Gloucestershire export reader", () => {
  it("reads a complaint into an ImportedCase with its points, local codes and events in date order", () => {
    const [imported] = parseGloucestershireExport(`${header}\r\n${row(complaint)}\r\n`);
    const parsed = importedCaseSchema.parse(imported);
    expect(parsed.externalId).toBe("CSC/1819/0001");
    expect(parsed.receivedOn).toBe("2018-04-02");
    expect(parsed.teams).toEqual(["CA", "CS"]);
    expect(parsed.points).toEqual([
      { id: "p1", category: "COM", reason: "COM02" },
      { id: "p2", category: "QUA", reason: "QUA01" },
    ]);
    expect(parsed.localOutcomes).toEqual({ stage1: "PARTIAL", stage2: "NOTUPHELD" });
    expect(parsed.localDimensions).toEqual({ stageReached: "STAGE2" });
    expect(parsed.lgscoDecision).toBe("WITHDRAWN");
    expect(parsed.events.map((e) => e.type)).toEqual([
      "received",
      "procedure_decided",
      "acknowledged",
      "extension_agreed",
      "response_sent",
      "escalation_requested",
      "statement_agreed",
      "investigator_appointed",
      "investigator_appointed",
      "extension_agreed",
      "adjudication_sent",
      "closed",
      "lgsco_referred",
      "lgsco_decided",
    ]);
    const decided = parsed.events.find((e) => e.type === "lgsco_decided");
    expect(decided).toMatchObject({ decision: "closed_after_initial_enquiries" });
    const response = parsed.events.find((e) => e.type === "response_sent");
    expect(response).toMatchObject({
      outcomes: [
        { pointId: "p1", outcome: "partially_upheld" },
        { pointId: "p2", outcome: "partially_upheld" },
      ],
    });
    // The Stage 1 extension is recorded on the 8th working day after receipt (day 0; 2 April 2018 was Easter Monday).
    expect(parsed.events.find((e) => e.type === "extension_agreed")?.on).toBe("2018-04-12");
  });

  it("answers a corporate Stage 2 with a response, not an adjudication", () => {
    const corporate = { ...complaint, procedure: "CORP", stage2_statement_agreed_date: "", stage2_extended_to_wd: "" };
    const [imported] = parseGloucestershireExport(`${header}\n${row(corporate)}\n`);
    const types = imported?.events.map((e) => e.type) ?? [];
    expect(types).not.toContain("adjudication_sent");
    expect(imported?.events).toContainEqual(expect.objectContaining({ type: "response_sent", stage: "stage2" }));
    expect(imported?.events).toContainEqual({ type: "procedure_decided", on: "2018-04-02", procedure: "corporate" });
  });

  it("names the row and column of every bad value", () => {
    const bad = row({ ...complaint, received_date: "31/02/2019", kind: "GRUMBLE", stage1_extended_to_wd: "25", teams: "CA;XX" });
    const error = (() => {
      try {
        readExport(`${header}\n${row(complaint)}\n${bad}\n`);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ExportError);
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ExportError).problems;
    expect(problems).toContain('row 3, column "received_date": "31/02/2019" is not a real date written dd/mm/yyyy');
    expect(problems).toContainEqual(expect.stringMatching(/^row 3, column "kind": "GRUMBLE" is not one of the council's codes/));
    expect(problems).toContain(
      'row 3, column "stage1_extended_to_wd": "25" must be a whole number of working days from 11 to 20 (SI 2006/1738 reg 14)',
    );
    expect(problems).toContain('row 3, column "teams": "XX" is not one of the council\'s codes');
    expect(problems).toContain('row 3, column "reference": "CSC/1819/0001" was already used on row 2');
  });

  it("rejects a header that lacks or adds columns, and a row with the wrong number of fields", () => {
    expect(() => readExport("reference,kind\nA,COMPLAINT\n")).toThrow(/column "received_date": is missing from the header/);
    expect(() => readExport(`${header},nickname\n`)).toThrow(/column "nickname": is not a column of the Gloucestershire export/);
    expect(() => readExport(`${header}\nA,B\n`)).toThrow(/row 2: has 2 fields, the header has 35/);
    expect(() => readExport("")).toThrow(/the export is empty/);
  });

  it("writes what it reads: quoted fields, dates and lists survive a round trip", () => {
    const [record] = readExport(`${header}\n${row(complaint)}\n`) as [ExportRecord];
    const again = readExport(writeExport([{ ...record, reference: 'A "quoted", reference' }]));
    expect(again[0]).toEqual({ ...record, reference: 'A "quoted", reference' });
  });
});
