import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError, type ImportedCaseInput, importedCaseSchema, toCaseFacts } from "@csc/council-kit";
import { writeCsv } from "@csc/council-kit";
import { blankRow, EXPORT_COLUMNS, type ExportRow } from "./export-format";
import { council } from "../index";
import { parse } from "./index";

const fixture = readFileSync(new URL("../../fixtures/somerset-export.csv", import.meta.url), "utf8");

function csv(...rows: Partial<ExportRow>[]): string {
  return writeCsv([EXPORT_COLUMNS, ...rows.map((r) => EXPORT_COLUMNS.map((c) => ({ ...blankRow(), ...r })[c]))]);
}

const complaint: Partial<ExportRow> = {
  "Case Reference": "CSC/16/0001",
  "Case Type": "COMPLAINT",
  "Date Received": "04/04/2016",
  "Contact Channel": "EMAIL",
  "Customer Type": "PARENT",
  "Service Area": "MENDIP",
  "Primary Cause": "COMMQUALITY",
  "Date Acknowledged": "05/04/2016",
  "Stage 1 Start": "04/04/2016",
};

/** The one case a one-row export parses to. */
function one(text: string): ImportedCaseInput {
  const [c] = parse(text);
  if (!c) throw new Error("expected one case");
  return c;
}

function importError(text: string): ImportError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("parse (Somerset iCasework export)", () => {
  it("reads every fixture row into a valid imported case", () => {
    const cases = parse(fixture);
    expect(cases).toHaveLength(fixture.trim().split("\n").length - 1);
    for (const c of cases) expect(importedCaseSchema.safeParse(c).success).toBe(true);
  });

  it("gives a complaint its one primary cause under its theme, and its case outcome as a local dimension", () => {
    const c = one(
      csv({ ...complaint, "Stage 1 Response": "27/04/2016", "Stage 1 Outcome": "PARTIAL", "Case Outcome": "PARTIAL", "Date Closed": "27/04/2016" }),
    );
    expect(c.points).toEqual([{ id: "1", category: "COMMUNICATION", reason: "COMMQUALITY" }]);
    expect(c.events.map((e) => e.type)).toEqual(["received", "procedure_decided", "stage_started", "acknowledged", "response_sent", "closed"]);
    expect(c.localOutcomes).toEqual({ stage1: "PARTIAL" });
    expect(c.localDimensions).toEqual({ caseOutcome: "PARTIAL" });
    const facts = toCaseFacts(council, c, { asOf: "2016-06-30" });
    expect(facts.stages[0]).toMatchObject({ stage: "stage1", workingDaysTaken: 17, outcome: "partially_upheld", met: false });
    expect(facts.reasons).toEqual([{ category: "COMMUNICATION", reason: "COMMQUALITY", theme: "communication" }]);
  });

  it("leaves a complaint with no cause recorded without a point of complaint (the report's 'Not recorded')", () => {
    const c = one(csv({ ...complaint, "Primary Cause": "" }));
    expect(c.points).toEqual([]);
    expect(toCaseFacts(council, c, { asOf: "2016-06-30" }).reasons).toEqual([]);
  });

  it("follows a complaint through Stage 2 and the Ombudsman", () => {
    const c = one(
      csv({
        ...complaint,
        "Stage 1 Response": "27/04/2016",
        "Stage 1 Outcome": "NOTUPHELD",
        "Stage 2 Requested": "04/05/2016",
        "Stage 2 Statement Agreed": "11/05/2016",
        "Stage 2 Response": "01/07/2016",
        "Stage 2 Outcome": "NOTUPHELD",
        "LGO Referred": "15/07/2016",
        "LGO Decision": "UPHELD",
        "LGO Decided": "20/01/2017",
        "Case Outcome": "UPHELD",
        "Date Closed": "20/01/2017",
      }),
    );
    const facts = toCaseFacts(council, c, { asOf: "2017-06-30" });
    expect(facts.stages.map((s) => [s.stage, s.outcome])).toEqual([
      ["stage1", "not_upheld"],
      ["stage2", "not_upheld"],
    ]);
    expect(facts.lgsco).toEqual([{ referredOn: "2016-07-15", decidedOn: "2017-01-20", decision: "upheld", localDecision: "UPHELD" }]);
    expect(facts.closedOn).toBe("2017-01-20");
  });

  it("records a member enquiry's reply as its single response, with its working days", () => {
    const c = one(
      csv({
        "Case Reference": "MEM/16/0001",
        "Case Type": "MEMBER",
        "Date Received": "04/04/2016",
        "Service Area": "TWS",
        "Response Sent": "15/04/2016",
        "Date Closed": "15/04/2016",
      }),
    );
    const facts = toCaseFacts(council, c, { asOf: "2016-06-30" });
    expect(facts.kind).toBe("member_enquiry");
    expect(facts.stages).toMatchObject([{ stage: "stage1", workingDaysTaken: 9, outcome: "no_finding" }]);
  });

  it("marks feedback from children in care, previously in care or leaving care as made by a child (section 3.4)", () => {
    expect(one(csv({ ...complaint, "Customer Type": "LEAVINGCARE" })).madeByChild).toBe(true);
    expect(one(csv({ ...complaint, "Customer Type": "FOSTER" })).madeByChild).toBe(false);
  });

  it("keeps a compliment's cause of satisfaction", () => {
    const c = one(
      csv({
        "Case Reference": "CPL/16/0001",
        "Case Type": "COMPLIMENT",
        "Date Received": "04/04/2016",
        "Service Area": "LC",
        "Cause of Satisfaction": "DIFFERENCE",
      }),
    );
    expect(c.localDimensions).toEqual({ causeOfSatisfaction: "DIFFERENCE" });
    expect(c.events).toEqual([{ type: "received", on: "2016-04-04" }]);
  });

  it.each([
    [{ "Date Received": "31/02/2017" }, "Date Received", "real date"],
    [{ "Case Type": "GRUMBLE" }, "Case Type", "COMPLAINT, COMPLIMENT, COMMENT, MEMBER"],
    [{ "Service Area": "TAUNTON" }, "Service Area", "not a known code"],
    [{ "Primary Cause": "RUDENESS" }, "Primary Cause", "not a known code"],
    [{ "Cause of Satisfaction": "DIFFERENCE" }, "Cause of Satisfaction", "applies to compliment only"],
    [{ "Stage 1 Response": "20/04/2016" }, "Stage 1 Outcome", '"Stage 1 Response" is filled in; both are needed'],
    [{ "Stage 1 Response": "01/04/2016", "Stage 1 Outcome": "UPHELD" }, "Stage 1 Response", "before"],
    [{ "Stage 1 Extended To": "0" }, "Stage 1 Extended To", "working days from 11 to 20 (SI 2006/1738 reg 14)"],
    [{ "Stage 1 Start": "", "Stage 1 Response": "20/04/2016" }, "Stage 1 Start", '"Stage 1 Response" is filled in; both are needed'],
    [{ "Stage 1 Start": "", "Stage 1 Extended To": "20" }, "Stage 1 Start", '"Stage 1 Extended To" is filled in; both are needed'],
    [{ "Stage 2 Requested": "20/04/2016" }, "Stage 1 Response", '"Stage 2 Requested" is filled in; both are needed'],
    [
      { "Stage 1 Response": "20/04/2016", "Stage 1 Outcome": "UPHELD", "Stage 2 Statement Agreed": "25/04/2016" },
      "Stage 2 Requested",
      "both are needed",
    ],
    [
      { "Stage 1 Response": "20/04/2016", "Stage 1 Outcome": "UPHELD", "LGO Decision": "UPHELD", "LGO Decided": "01/09/2016" },
      "LGO Referred",
      "both are needed",
    ],
    [{ "Response Sent": "20/04/2016" }, "Response Sent", "applies to member_enquiry only"],
    [{ "Case Outcome": "UPHELD" }, "Date Closed", '"Case Outcome" is filled in; both are needed'],
    [{ "Case Outcome": "FOUND", "Date Closed": "20/04/2016" }, "Case Outcome", "not a known code"],
  ] as const)("rejects %o naming the row and column %s", (change, column, rule) => {
    const error = importError(csv({ ...complaint, ...change }));
    expect(error.row).toBe(2);
    expect(error.column).toBe(column);
    expect(error.message).toContain(rule);
  });

  it("rejects a repeated reference on the later row", () => {
    const error = importError(csv(complaint, complaint));
    expect([error.row, error.column]).toEqual([3, "Case Reference"]);
  });

  it("rejects an export that lacks a column, naming it", () => {
    const text = csv(complaint).replace("Cause of Satisfaction", "Satisfaction");
    expect(importError(text).message).toContain("Cause of Satisfaction");
  });
});
