import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError, importedCaseSchema } from "@csc/council-kit";
import { writeCsv } from "@csc/council-kit";
import { blankRow, EXPORT_COLUMNS, type ExportRow } from "./export-format";
import { parse } from "./index";

const fixture = readFileSync(new URL("../../fixtures/hartlepool-export.csv", import.meta.url), "utf8");

function csv(...rows: Partial<ExportRow>[]): string {
  return writeCsv([EXPORT_COLUMNS, ...rows.map((r) => EXPORT_COLUMNS.map((c) => ({ ...blankRow(), ...r })[c]))]);
}

const complaint: Partial<ExportRow> = {
  Reference: "CSC/20/001",
  "Record Type": "COMPLAINT",
  Procedure: "CSC",
  "Date Received": "06/04/2020",
  "Received Via": "EMAIL",
  From: "PARENT",
  Teams: "SAFEGUARDING",
  Subjects: "COMMS;DELAY",
  "Date Acknowledged": "07/04/2020",
};

function importError(text: string): ImportError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("parse (Hartlepool export)", () => {
  it("reads every fixture row into a valid imported case", () => {
    const cases = parse(fixture);
    expect(cases).toHaveLength(fixture.trim().split("\n").length - 1);
    for (const c of cases) expect(importedCaseSchema.safeParse(c).success).toBe(true);
  });

  it("builds a Stage 1 response with one outcome per point of complaint, in date order", () => {
    const [c] = parse(
      csv({ ...complaint, "S1 Start": "06/04/2020", "S1 Response": "20/04/2020", "S1 Outcome": "PARTLY", "Date Closed": "20/04/2020" }),
    );
    expect(c?.points).toEqual([
      { id: "1", category: null, reason: "COMMS" },
      { id: "2", category: null, reason: "DELAY" },
    ]);
    expect(c?.events.map((e) => e.type)).toEqual(["received", "procedure_decided", "stage_started", "acknowledged", "response_sent", "closed"]);
    const response = c?.events.find((e) => e.type === "response_sent");
    expect(response).toMatchObject({
      stage: "stage1",
      outcomes: [
        { pointId: "1", outcome: "partially_upheld" },
        { pointId: "2", outcome: "partially_upheld" },
      ],
    });
    expect(c?.localOutcomes).toEqual({ stage1: "PARTLY" });
    expect(c?.localDimensions).toEqual({ onHold: "N" });
  });

  it("lets a complaint go straight to Stage 2 without an escalation from Stage 1", () => {
    const [c] = parse(csv({ ...complaint, "S2 Requested": "08/04/2020", "S2 Statement Agreed": "20/04/2020", "On Hold From": "01/05/2020" }));
    const types = c?.events.map((e) => e.type) ?? [];
    expect(types).not.toContain("escalation_requested");
    expect(types).not.toContain("procedure_decided");
    expect(types.slice(0, 4)).toEqual(["received", "acknowledged", "stage_started", "statement_agreed"]);
    expect(types.at(-1)).toBe("suspended");
    expect(c?.localDimensions).toEqual({ onHold: "Y" });
  });

  it("records a complaint not considered further with its canonical reason and no stage", () => {
    const [c] = parse(csv({ ...complaint, "Not Considered Reason": "ANECDOTAL", "Date Not Considered": "10/04/2020" }));
    expect(c?.notConsideredReason).toBe("ANECDOTAL");
    expect(c?.events).toContainEqual({ type: "not_considered", on: "2020-04-10", reason: "insufficient_evidence" });
    expect(c?.localDimensions).toEqual({});
  });

  it("records a Stage 2 the Council withdrew as the Stage 2 response with the outcome discontinued", () => {
    const [c] = parse(
      csv({
        ...complaint,
        "S2 Requested": "08/04/2020",
        "S2 Statement Agreed": "20/04/2020",
        "S2 Response": "01/06/2020",
        "S2 Outcome": "WDCOUNCIL",
      }),
    );
    expect(c?.events).toContainEqual({
      type: "adjudication_sent",
      on: "2020-06-01",
      outcomes: [
        { pointId: "1", outcome: "discontinued" },
        { pointId: "2", outcome: "discontinued" },
      ],
    });
    expect(c?.localOutcomes).toEqual({ stage2: "WDCOUNCIL" });
  });

  it.each([
    [{ "Date Received": "31/02/2021" }, 2, "Date Received", "real date"],
    [{ "Record Type": "GRUMBLE" }, 2, "Record Type", "COMPLAINT, COMPLIMENT"],
    [{ Procedure: "" }, 2, "Procedure", "procedure"],
    [{ Teams: "SAFEGUARDING;NOWHERE" }, 2, "Teams", "not a known code"],
    [{ "S1 Start": "06/04/2020", "S1 Response": "20/04/2020" }, 2, "S1 Outcome", "both are needed"],
    [{ "S1 Start": "06/04/2020", "S1 Response": "01/04/2020", "S1 Outcome": "UPHELD" }, 2, "S1 Response", "before"],
    [{ "S1 Extended To": "0", "S1 Start": "06/04/2020" }, 2, "S1 Extended To", "working days"],
    [{ "Not Considered Reason": "COURT" }, 2, "Not Considered Reason", '"Date Not Considered" is empty; both are needed'],
    [
      { "Not Considered Reason": "COURT", "Date Not Considered": "07/04/2020", "S1 Start": "06/04/2020" },
      2,
      "Date Not Considered",
      '"S1 Start"; a case cannot have both',
    ],
    [{ "S2 Statement Agreed": "20/04/2020" }, 2, "S2 Requested", "both are needed"],
    [{ "On Hold Until": "20/04/2020" }, 2, "On Hold From", "both are needed"],
    [{ Advocate: "maybe" }, 2, "Advocate", "yes or no"],
    [{ "S1 Start": "06/04/2020", "S2 Requested": "10/04/2020" }, 2, "S1 Response", '"S2 Requested" is filled in; both are needed'],
    [{ "S3 Requested": "10/06/2020" }, 2, "S2 Response", '"S3 Requested" is filled in; both are needed'],
  ] as const)("rejects %o naming row %i and column %s", (change, row, column, rule) => {
    const error = importError(csv({ ...complaint, ...change }));
    expect(error.row).toBe(row);
    expect(error.column).toBe(column);
    expect(error.message).toContain(rule);
  });

  it("rejects a repeated reference on the later row", () => {
    const error = importError(csv(complaint, complaint));
    expect([error.row, error.column]).toEqual([3, "Reference"]);
  });

  it("rejects an export that lacks a column, naming it", () => {
    const text = csv(complaint).replace("Date Closed", "Closed");
    const error = importError(text);
    expect(error.row).toBe(1);
    expect(error.message).toContain('"Date Closed"');
  });
});
