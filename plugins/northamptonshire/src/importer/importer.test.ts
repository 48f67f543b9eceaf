import { describe, expect, it } from "vitest";
import { ImportError } from "@csc/council-kit";
import { blankRow, type ExportRow, writeExport } from "./export-format";
import { parse } from "./index";

/** One complaint answered at Stage 1, escalated to Stage 2 and taken to the LGO. */
function complaint(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    ...blankRow(),
    Reference: "CFE1516-0001",
    "Record Type": "COMPLAINT",
    Procedure: "STAT",
    "Date Received": "01/06/2015",
    "Received Via": "PHONE",
    Complainant: "PARENT",
    "Child Or Young Person": "N",
    Advocate: "N",
    Team: "SCP",
    Reasons: "COMM_NOCONTACT;FIN_DELAY",
    "Date Acknowledged": "02/06/2015",
    "S1 Extended To": "20",
    "S1 Response": "22/06/2015",
    "S1 Outcome": "PART",
    "S2 Requested": "01/07/2015",
    "S2 Statement Agreed": "08/07/2015",
    "S2 Response": "26/08/2015",
    "S2 Outcome": "NOT",
    "LGO Referred": "01/10/2015",
    "LGO Decision": "UPHELD",
    "LGO Remedy": "APOLOGY;FINANCIAL",
    "LGO Decided": "01/12/2015",
    "Date Closed": "26/08/2015",
    ...overrides,
  };
}

const errorOf = (rows: ExportRow[]): string => {
  try {
    parse(writeExport(rows));
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error("expected an ImportError");
};

describe("parse (Northamptonshire case-system export)", () => {
  it("reads a complaint through Stage 2 and the LGO into local codes and lifecycle events", () => {
    const [c] = parse(writeExport([complaint()]));
    expect(c).toMatchObject({
      externalId: "CFE1516-0001",
      kind: "COMPLAINT",
      procedure: "STAT",
      receivedOn: "2015-06-01",
      channel: "PHONE",
      teams: ["SCP"],
      points: [
        { id: "1", category: "COMM", reason: "COMM_NOCONTACT" },
        { id: "2", category: "FIN", reason: "FIN_DELAY" },
      ],
      localOutcomes: { stage1: "PART", stage2: "NOT" },
      lgscoDecision: "UPHELD",
    });
    expect(c?.events.map((e) => e.type)).toEqual([
      "received",
      "procedure_decided",
      "extension_agreed",
      "acknowledged",
      "response_sent",
      "escalation_requested",
      "statement_agreed",
      "investigator_appointed",
      "investigator_appointed",
      "adjudication_sent",
      "closed",
      "lgsco_referred",
      "lgsco_decided",
    ]);
    expect(c?.events.at(-1)).toMatchObject({ decision: "upheld", remedies: ["apology", "financial_remedy"] });
  });

  it("reads a declined complaint as not considered, with no stage", () => {
    const [c] = parse(
      writeExport([
        complaint({
          "Declined Reason": "COURT",
          "Date Declined": "05/06/2015",
          "S1 Extended To": "",
          "S1 Response": "",
          "S1 Outcome": "",
          "S2 Requested": "",
          "S2 Statement Agreed": "",
          "S2 Response": "",
          "S2 Outcome": "",
          "Date Closed": "05/06/2015",
        }),
      ]),
    );
    expect(c?.notConsideredReason).toBe("COURT");
    expect(c?.events.find((e) => e.type === "not_considered")).toMatchObject({ reason: "court_proceedings" });
    expect(c?.events.some((e) => e.type === "procedure_decided")).toBe(false);
  });

  it("reads a compliment with its team", () => {
    const row = { ...blankRow(), Reference: "CMP1516-0001", "Record Type": "COMPLIMENT", "Date Received": "03/03/2016", Team: "RAVEN" };
    expect(parse(writeExport([row]))[0]).toMatchObject({ kind: "COMPLIMENT", teams: ["RAVEN"], events: [{ type: "received", on: "2016-03-03" }] });
  });

  it("names the row and column of an unknown code, listing the codes allowed", () => {
    expect(errorOf([complaint(), complaint({ Reference: "CFE1516-0002", Team: "NOWHERE" })])).toMatch(
      /^row 3, column "Team": is not a known code \("NOWHERE" is not an entry of teams, nor mapped to one\); expected one of SCP, MASH/,
    );
  });

  it("rejects a Stage 1 extension beyond the statutory 20 working days, naming SI 2006/1738 reg 14", () => {
    expect(errorOf([complaint({ "S1 Extended To": "25" })])).toMatch(/row 2, column "S1 Extended To": .*SI 2006\/1738 reg 14/);
  });

  it("rejects dates out of the procedure's order", () => {
    expect(errorOf([complaint({ "S2 Requested": "15/06/2015" })])).toBe(
      'row 2, column "S2 Requested": is before "S1 Response"; a case\'s dates must follow its procedure',
    );
  });

  it("rejects a Stage 2 without a Stage 1 response, and an outcome without its date", () => {
    expect(errorOf([complaint({ "S1 Response": "", "S1 Outcome": "" })])).toMatch(
      /column "S1 Response": is empty, but "S2 Requested" is filled in; both are needed/,
    );
    expect(errorOf([complaint({ "S2 Response": "" })])).toMatch(/column "S2 Outcome": is filled in, but "S2 Response" is empty; both are needed/);
  });

  it("rejects a declined complaint that also has stage dates", () => {
    expect(errorOf([complaint({ "Declined Reason": "POLICE", "Date Declined": "05/06/2015" })])).toBe(
      'row 2, column "Date Declined": is filled in, and so is "S1 Response"; a case cannot have both',
    );
  });

  it("rejects a repeated reference, a missing received date and an unreal date", () => {
    expect(errorOf([complaint(), complaint()])).toMatch(/^row 3, column "Reference": repeats the reference of row 2/);
    expect(errorOf([complaint({ "Date Received": "" })])).toMatch(/column "Date Received": is empty/);
    expect(errorOf([complaint({ "Date Received": "31/02/2016" })])).toMatch(/column "Date Received": is not a real date/);
  });

  it("rejects a complaint without its procedure and an unknown LGO remedy", () => {
    expect(errorOf([complaint({ Procedure: "" })])).toMatch(/column "Procedure": is empty; a complaint needs its procedure/);
    expect(errorOf([complaint({ "LGO Remedy": "CAKE" })])).toMatch(
      /column "LGO Remedy": is not a known remedy \("CAKE" is not in remedyValues\); expected one of APOLOGY, FINANCIAL/,
    );
  });

  it("never puts a cell's value other than a code into an error", () => {
    expect(errorOf([complaint({ "Date Received": "Jane Smith" })])).not.toContain("Jane");
  });
});
