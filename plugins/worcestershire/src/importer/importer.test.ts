import { readFileSync } from "node:fs";
import { importedCaseSchema } from "@csc/council-kit";
import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, type ExportRow, emptyExportRow, writeExport } from "./export-format";
import { parseExport } from "./index";

const fixture = readFileSync(new URL("../../fixtures/crm-export.csv", import.meta.url), "utf8");

function row(values: Partial<ExportRow>): ExportRow {
  return { ...emptyExportRow(), ...values };
}

const complaint: Partial<ExportRow> = {
  Reference: "CRU-2122-0001",
  Type: "COMPLAINT",
  Procedure: "CSC-STATUTORY",
  Received: "2021-06-01",
  Teams: "SAFEGUARDING",
  Nature: "COMMUNICATION;DECISION-MAKING",
  "S1 Response": "2021-06-10",
  "S1 Outcome": "PARTIALLY-UPHELD",
};

describe("parseExport", () => {
  it("reads every row of the fixture into a valid ImportedCase", () => {
    const cases = parseExport(fixture);
    expect(cases.length).toBe(fixture.trim().split(/\r?\n/).length - 1);
    for (const c of cases) expect(() => importedCaseSchema.parse(c)).not.toThrow();
    const kinds = new Map<string, number>();
    for (const c of cases) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    expect(kinds.get("COMPLIMENT")).toBe(97 + 82);
    expect(kinds.get("LGO")).toBe(18);
  });

  it("turns a complaint's dates into its lifecycle events, in date order", () => {
    const [c] = parseExport(writeExport([row({ ...complaint, Acknowledged: "2021-06-02", "S1 Extended": "2021-06-08" })]));
    expect(c?.events.map((e) => e.type)).toEqual([
      "received",
      "procedure_decided",
      "stage_started",
      "acknowledged",
      "extension_agreed",
      "response_sent",
    ]);
    expect(c?.points).toEqual([
      { id: "P1", category: "COMMUNICATION", reason: null },
      { id: "P2", category: "DECISION-MAKING", reason: null },
    ]);
    expect(c?.localOutcomes).toEqual({ stage1: "PARTIALLY-UPHELD" });
    const response = c?.events.find((e) => e.type === "response_sent");
    expect(response).toMatchObject({
      stage: "stage1",
      outcomes: [
        { pointId: "P1", outcome: "partially_upheld" },
        { pointId: "P2", outcome: "partially_upheld" },
      ],
    });
  });

  it("rebuilds Stage 2 and a review panel", () => {
    const [c] = parseExport(
      writeExport([
        row({
          ...complaint,
          "S2 Requested": "2021-06-20",
          "S2 Statement Agreed": "2021-06-28",
          "S2 Adjudication": "2021-08-30",
          "S2 Outcome": "S2-NOT-UPHELD",
          "S3 Requested": "2021-09-06",
          "S3 Panel Held": "2021-10-25",
        }),
      ]),
    );
    const types = c?.events.map((e) => e.type) ?? [];
    expect(types).toContain("statement_agreed");
    expect(types).toContain("adjudication_sent");
    expect(types.slice(-2)).toEqual(["escalation_requested", "panel_held"]);
    expect(c?.events.find((e) => e.type === "adjudication_sent")).toMatchObject({
      outcomes: [
        { pointId: "P1", outcome: "not_upheld" },
        { pointId: "P2", outcome: "not_upheld" },
      ],
    });
    expect(c?.localOutcomes).toEqual({ stage1: "PARTIALLY-UPHELD", stage2: "S2-NOT-UPHELD" });
  });

  it("records a suspension with its reason, and an LGO case with its decision in the council's words", () => {
    const [suspended, lgo] = parseExport(
      writeExport([
        row({
          ...complaint,
          "S1 Suspended": "2021-06-03",
          "S1 Resumed": "2021-06-08",
          "S1 Suspension Reason": "Awaiting advocate",
          "S1 Response": "2021-06-21",
        }),
        row({
          Reference: "LGO-001",
          Type: "LGO",
          Received: "2021-07-01",
          Teams: "CP-LADO",
          "LGO Referred": "2021-07-01",
          "LGO Decided": "2021-09-01",
          "LGO Decision": "NOT-UPHELD-NM",
        }),
      ]),
    );
    expect(suspended?.events.filter((e) => e.type === "suspended" || e.type === "resumed")).toEqual([
      { type: "suspended", on: "2021-06-03", reason: "Awaiting advocate" },
      { type: "resumed", on: "2021-06-08" },
    ]);
    expect(lgo?.kind).toBe("LGO");
    expect(lgo?.lgscoDecision).toBe("NOT-UPHELD-NM");
    expect(lgo?.events).toEqual([
      { type: "received", on: "2021-07-01" },
      { type: "lgsco_referred", on: "2021-07-01" },
      { type: "lgsco_decided", on: "2021-09-01", decision: "not_upheld" },
    ]);
  });

  it("names the row and column of a bad cell", () => {
    const text = writeExport([row(complaint), row({ ...complaint, Reference: "CRU-2122-0002", Received: "31/02/2021" })]);
    expect(() => parseExport(text)).toThrow(/row 3, column "Received": is not a real date/);
    expect(() => parseExport(writeExport([row({ ...complaint, Teams: "MARS" })]))).toThrow(/row 2, column "Teams": is not a known code/);
    expect(() => parseExport(writeExport([row({ ...complaint, "S1 Outcome": "" })]))).toThrow(
      /row 2, column "S1 Outcome": is empty, but "S1 Response"/,
    );
    expect(() => parseExport(writeExport([row({ ...complaint, "S1 Response": "2021-05-01" })]))).toThrow(
      /row 2, column "S1 Response": is before "Received"/,
    );
    expect(() => parseExport(writeExport([row(complaint), row(complaint)]))).toThrow(/row 3, column "Reference": repeats the reference of row 2/);
    expect(() => parseExport(writeExport([row({ ...complaint, "S1 Suspended": "2021-06-03" })]))).toThrow(
      /row 2, column "S1 Suspension Reason": is empty/,
    );
    expect(() => parseExport(writeExport([row({ ...complaint, "LGO Decided": "2021-09-01" })]))).toThrow(
      /row 2, column "LGO Referred": is empty, but "LGO Decided"/,
    );
    expect(() => parseExport(writeExport([row({ ...complaint, "Not Considered": "2021-06-02", "Not Considered Reason": "BORED" })]))).toThrow(
      /row 2, column "Not Considered Reason": is not a known code/,
    );
  });

  it("rejects an export without the case system's columns", () => {
    expect(() => parseExport("Reference,Type\r\nX,COMPLAINT\r\n")).toThrow(/row 1: the header lacks columns/);
    expect(EXPORT_COLUMNS).toContain("LGO Decision");
  });
});
