import { describe, expect, it } from "vitest";
import { applyImportMapping, mappingColumns, parseWithMapping } from "./apply-import-mapping";
import { defineImportMapping, validateImportMapping } from "./define-import-mapping";
import type { MappingVocabularies } from "./mapping-row";

/** The mapping language's extensions for exports that mix kinds of feedback (issue 12 item 2: Somerset's export). */
const vocabularies: MappingVocabularies = {
  kinds: [
    { code: "COMPLAINT", canonical: "complaint" },
    { code: "COMPLIMENT", canonical: "compliment" },
    { code: "MEMBER", canonical: "member_enquiry" },
  ],
  procedures: [{ code: "CSC", canonical: "childrens_statutory" }],
  complainantTypes: [
    { code: "PARENT", canonical: "parent" },
    { code: "CHILDINCARE", canonical: "child_or_young_person" },
  ],
  outcomes: [{ code: "UPHELD", canonical: "upheld" }],
  reasons: [{ code: "LATE", canonical: "delay", parent: "SERVICE" }],
  localDimensions: { caseOutcome: [{ code: "UPHELD" }] },
};

const mapping = defineImportMapping({
  dateFormats: ["DD/MM/YYYY"],
  reference: { column: "Ref" },
  kind: { column: "Type" },
  receivedOn: { column: "Got" },
  complaintProcedure: "CSC",
  complainantType: { column: "Customer" },
  madeByChild: { column: "Customer", yesValues: ["CHILDINCARE"] },
  points: { column: "Cause", as: "reason", categoryFromParent: true, whenEmpty: "outcomeOnly" },
  outcomes: { stage1: { column: "Outcome" } },
  localDimensions: { caseOutcome: { column: "Case Outcome", coded: true } },
  onlyFor: [
    { kinds: ["complaint"], columns: ["Cause", "Response", "Outcome"] },
    { kinds: ["member_enquiry"], columns: ["Reply"] },
  ],
  needs: [{ column: "Case Outcome", needs: "Closed" }],
  events: [
    { type: "procedure_decided", date: "Got", kinds: ["complaint"] },
    { type: "stage_started", stage: "stage1", date: "Got", kinds: ["complaint"] },
    { type: "response_sent", stage: "stage1", date: "Response", after: "Got", kinds: ["complaint"] },
    { type: "stage_started", stage: "stage1", date: "Got", whenFilled: ["Reply"], kinds: ["member_enquiry"] },
    { type: "response_sent", stage: "stage1", date: "Reply", after: "Got", outcome: "no_finding", kinds: ["member_enquiry"] },
    { type: "closed", date: "Closed", after: "Got" },
  ],
});

const HEADER = ["Ref", "Type", "Got", "Customer", "Cause", "Response", "Outcome", "Reply", "Case Outcome", "Closed"] as const;
type Cells = Partial<Record<(typeof HEADER)[number], string>>;
const csv = (...rows: Cells[]) => [HEADER.join(","), ...rows.map((r) => HEADER.map((c) => r[c] ?? "").join(","))].join("\n");
const complaint: Cells = { Ref: "C1", Type: "COMPLAINT", Got: "04/04/2016", Customer: "CHILDINCARE", Cause: "LATE" };

describe("import mapping extensions for several kinds of feedback", () => {
  it("gives every complaint the mapping's procedure, and a member enquiry's reply its fixed outcome", () => {
    const [c, m] = parseWithMapping(
      mapping,
      csv(
        { ...complaint, Response: "12/04/2016", Outcome: "UPHELD", "Case Outcome": "UPHELD", Closed: "12/04/2016" },
        { Ref: "M1", Type: "MEMBER", Got: "05/04/2016", Customer: "PARENT", Reply: "08/04/2016" },
      ),
      vocabularies,
    );
    expect(c).toMatchObject({ procedure: "CSC", madeByChild: true, localDimensions: { caseOutcome: "UPHELD" } });
    expect(c?.events.map((e) => e.type)).toEqual(["received", "procedure_decided", "stage_started", "response_sent", "closed"]);
    expect(m).toMatchObject({ procedure: null, madeByChild: false, points: [] });
    expect(m?.events).toEqual([
      { type: "received", on: "2016-04-05" },
      { type: "stage_started", on: "2016-04-05", stage: "stage1" },
      { type: "response_sent", on: "2016-04-08", stage: "stage1", outcomes: [{ pointId: "1", outcome: "no_finding" }] },
    ]);
  });

  it("refuses by row and column: a column of another kind, a column that needs another, a local dimension's unknown code", () => {
    const result = applyImportMapping(
      mapping,
      csv(
        { Ref: "K1", Type: "COMPLIMENT", Got: "04/04/2016", Cause: "LATE" },
        { ...complaint, Ref: "C2", Reply: "08/04/2016" },
        { ...complaint, Ref: "C3", "Case Outcome": "UPHELD" },
        { ...complaint, Ref: "C4", "Case Outcome": "FOUND", Closed: "12/04/2016" },
      ),
      { vocabularies },
    );
    expect(result.refusals).toEqual([
      { row: 2, column: "Cause", message: "applies to complaint only" },
      { row: 3, column: "Reply", message: "applies to member_enquiry only" },
      { row: 4, column: "Closed", message: 'is empty, but "Case Outcome" is filled in; both are needed' },
      { row: 5, column: "Case Outcome", message: 'is not a known code ("FOUND" is not an entry of caseOutcome); expected one of UPHELD' },
    ]);
    expect(mappingColumns(mapping)).toEqual(expect.arrayContaining(["Reply", "Case Outcome", "Closed"]));
  });

  it("names the path of every misuse", () => {
    const { problems } = validateImportMapping({
      reference: { column: "Ref" },
      kind: { column: "Type" },
      receivedOn: { column: "Got" },
      procedure: { column: "Proc" },
      complaintProcedure: "CSC",
      onlyFor: [{ kinds: ["grumble"], columns: ["Cause"] }],
      events: [{ type: "response_sent", stage: "stage1", date: "Reply", outcome: "fine" }],
    });
    expect(problems).toEqual([
      expect.stringMatching(/^onlyFor\[0\]\.kinds\[0\]: "grumble" is not allowed; expected one of: "complaint"/),
      expect.stringMatching(/^events\[0\]\.outcome: "fine" is not allowed; expected one of: /),
    ]);
    const cross = validateImportMapping({
      reference: { column: "Ref" },
      kind: { column: "Type" },
      receivedOn: { column: "Got" },
      procedure: { column: "Proc" },
      complaintProcedure: "CSC",
    }).problems;
    expect(cross).toEqual(["complaintProcedure: give either procedure (a column) or complaintProcedure, not both"]);
  });
});
