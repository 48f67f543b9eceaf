import { describe, expect, it } from "vitest";
import { applyImportMapping, mappingColumns, parseWithMapping } from "./apply-import-mapping";
import { defineImportMapping, validateImportMapping } from "./define-import-mapping";
import type { MappingVocabularies } from "./mapping-row";
import type { ImportMappingInput } from "./mapping-schema";

/** The mapping language's extensions for multi-stage exports (issue 12 item 2: Northamptonshire's export). */
const vocabularies: MappingVocabularies = {
  kinds: [
    { code: "C", canonical: "complaint" },
    { code: "K", canonical: "compliment" },
  ],
  procedures: [{ code: "STAT", canonical: "childrens_statutory" }],
  outcomes: [
    { code: "UP", canonical: "upheld" },
    { code: "NOT", canonical: "not_upheld" },
  ],
  reasons: [
    { code: "LATE", canonical: "delay", parent: "SERVICE" },
    { code: "RUDE", canonical: "staff_attitude", parent: "STAFF" },
  ],
  notConsideredReasons: [{ code: "COURT", canonical: "court_proceedings" }],
  lgscoDecisions: [{ code: "UPH", canonical: "upheld" }],
};

const base: Pick<ImportMappingInput, "dateFormats" | "reference" | "kind" | "receivedOn"> = {
  dateFormats: ["DD/MM/YYYY"],
  reference: { column: "Ref" },
  kind: { column: "Type" },
  receivedOn: { column: "Got" },
};

const mapping = defineImportMapping({
  ...base,
  procedure: { column: "Proc", complaintsNeedIt: true },
  madeByChild: { column: "Child" },
  advocacyOffered: { impliedBy: ["madeByChild", "advocacyTaken"] },
  advocacyTaken: { column: "Advocate" },
  points: { column: "Reasons", as: "reason", categoryFromParent: true, whenEmpty: "outcomeOnly" },
  outcomes: { stage1: { column: "S1 Outcome" }, stage2: { column: "S2 Outcome" } },
  notConsideredReason: { column: "Declined Reason" },
  lgscoDecision: { column: "LGO Decision" },
  events: [
    { type: "not_considered", date: "Declined", complaintsOnly: true, excludes: ["S1 Response"] },
    { type: "procedure_decided", date: "Got", complaintsOnly: true, unlessFilled: ["Declined"] },
    { type: "extension_agreed", stage: "stage1", date: "Got", totalWorkingDaysColumn: "S1 Extended To", reason: "Agreed upfront" },
    { type: "response_sent", stage: "stage1", date: "S1 Response", after: "Got" },
    { type: "escalation_requested", to: "stage2", date: "S2 Requested", after: "S1 Response" },
    { type: "statement_agreed", date: "S2 Agreed", after: "S2 Requested" },
    { type: "investigator_appointed", role: "investigating_officer", date: "S2 Agreed" },
    { type: "investigator_appointed", role: "independent_person", date: "S2 Agreed", whenFilled: ["S2 Requested"] },
    { type: "adjudication_sent", date: "S2 Response", after: "S2 Agreed" },
    { type: "lgsco_referred", date: "LGO Referred" },
    {
      type: "lgsco_decided",
      date: "LGO Decided",
      after: "LGO Referred",
      remediesColumn: "Remedy",
      remedyValues: { SORRY: "apology", MONEY: "financial_remedy" },
    },
  ],
});

const HEADER = [
  "Ref",
  "Type",
  "Got",
  "Proc",
  "Child",
  "Advocate",
  "Reasons",
  "Declined",
  "Declined Reason",
  "S1 Extended To",
  "S1 Response",
  "S1 Outcome",
  "S2 Requested",
  "S2 Agreed",
  "S2 Response",
  "S2 Outcome",
  "LGO Referred",
  "LGO Decided",
  "LGO Decision",
  "Remedy",
] as const;
type Cells = Partial<Record<(typeof HEADER)[number], string>>;
const csv = (...rows: Cells[]) => [HEADER.join(","), ...rows.map((r) => HEADER.map((c) => r[c] ?? "").join(","))].join("\n");
const complaint: Cells = {
  Ref: "A1",
  Type: "C",
  Got: "01/06/2015",
  Proc: "STAT",
  Reasons: "LATE;RUDE",
  "S1 Response": "22/06/2015",
  "S1 Outcome": "UP",
};

describe("import mapping extensions", () => {
  it("reads a complaint through Stage 2 and the Ombudsman: investigators, an extension from a column, remedies", () => {
    const [c] = parseWithMapping(
      mapping,
      csv({
        ...complaint,
        "S1 Extended To": "20",
        "S2 Requested": "01/07/2015",
        "S2 Agreed": "08/07/2015",
        "S2 Response": "26/08/2015",
        "S2 Outcome": "NOT",
        "LGO Referred": "01/10/2015",
        "LGO Decided": "01/12/2015",
        "LGO Decision": "UPH",
        Remedy: "SORRY;MONEY",
      }),
      vocabularies,
    );
    expect(c?.points).toEqual([
      { id: "1", category: "SERVICE", reason: "LATE" },
      { id: "2", category: "STAFF", reason: "RUDE" },
    ]);
    expect(c?.events).toEqual([
      { type: "received", on: "2015-06-01" },
      { type: "procedure_decided", on: "2015-06-01", procedure: "childrens_statutory" },
      { type: "extension_agreed", on: "2015-06-01", stage: "stage1", totalWorkingDays: 20, reason: "Agreed upfront" },
      { type: "response_sent", on: "2015-06-22", stage: "stage1", outcomes: ["1", "2"].map((pointId) => ({ pointId, outcome: "upheld" })) },
      { type: "escalation_requested", on: "2015-07-01", to: "stage2" },
      { type: "statement_agreed", on: "2015-07-08" },
      { type: "investigator_appointed", on: "2015-07-08", role: "investigating_officer" },
      { type: "investigator_appointed", on: "2015-07-08", role: "independent_person" },
      { type: "adjudication_sent", on: "2015-08-26", outcomes: ["1", "2"].map((pointId) => ({ pointId, outcome: "not_upheld" })) },
      { type: "lgsco_referred", on: "2015-10-01" },
      { type: "lgsco_decided", on: "2015-12-01", decision: "upheld", remedies: ["apology", "financial_remedy"] },
    ]);
  });

  it("gives a response's outcome to point 1 when no point is listed (outcomeOnly), and skips events by unlessFilled", () => {
    const [answered, declined] = parseWithMapping(
      mapping,
      csv(
        { ...complaint, Reasons: "" },
        { Ref: "A2", Type: "C", Got: "01/06/2015", Proc: "STAT", Declined: "05/06/2015", "Declined Reason": "COURT" },
      ),
      vocabularies,
    );
    expect(answered?.points).toEqual([]);
    expect(answered?.events.find((e) => e.type === "response_sent")).toMatchObject({ outcomes: [{ pointId: "1", outcome: "upheld" }] });
    expect(declined?.events.map((e) => e.type)).toEqual(["received", "not_considered"]);
  });

  it("gives a complaint listing no point one blank point (blankPoint), and none to a compliment", () => {
    const blank = defineImportMapping({ ...base, points: { column: "Reasons", as: "reason", idPrefix: "p", whenEmpty: "blankPoint" } });
    const cases = parseWithMapping(
      blank,
      csv({ Ref: "A1", Type: "C", Got: "01/06/2015" }, { Ref: "A2", Type: "K", Got: "01/06/2015" }),
      vocabularies,
    );
    expect(cases.map((c) => c.points)).toEqual([[{ id: "p1", category: null, reason: null }], []]);
  });

  it("offers advocacy when the child complains or an advocate is taken, and says nothing otherwise", () => {
    const cases = parseWithMapping(
      mapping,
      csv({ ...complaint, Child: "Y" }, { ...complaint, Ref: "A2", Advocate: "Y" }, { ...complaint, Ref: "A3", Child: "N", Advocate: "N" }),
      vocabularies,
    );
    expect(cases.map((c) => c.advocacy)).toEqual([
      { offered: true, taken: null, provider: null },
      { offered: true, taken: true, provider: null },
      { offered: null, taken: false, provider: null },
    ]);
  });

  it("refuses by row and column: an extension beyond the statutory maximum, an unknown remedy, an outcome without its date, no procedure", () => {
    const result = applyImportMapping(
      mapping,
      csv(
        { ...complaint, "S1 Extended To": "25" },
        { ...complaint, Ref: "A2", "LGO Referred": "01/10/2015", "LGO Decided": "01/12/2015", "LGO Decision": "UPH", Remedy: "CAKE" },
        { ...complaint, Ref: "A3", "S1 Response": "", "S2 Outcome": "NOT" },
        { ...complaint, Ref: "A4", Proc: "" },
      ),
      { vocabularies },
    );
    expect(result.refusals).toEqual([
      { row: 2, column: "S1 Extended To", message: "must be a whole number of working days from 11 to 20 (SI 2006/1738 reg 14)" },
      { row: 3, column: "Remedy", message: 'is not a known remedy ("CAKE" is not in remedyValues); expected one of SORRY, MONEY' },
      { row: 4, column: "S1 Outcome", message: 'is filled in, but "S1 Response" is empty; both are needed' },
      { row: 5, column: "Proc", message: "is empty; a complaint needs its procedure" },
    ]);
  });

  it("refuses a not-considered complaint with a stage date (excludes), and a reason or decision without its date", () => {
    const result = applyImportMapping(
      mapping,
      csv(
        { ...complaint, Declined: "05/06/2015", "Declined Reason": "COURT" },
        { ...complaint, Ref: "A2", "Declined Reason": "COURT" },
        { ...complaint, Ref: "A3", "LGO Decision": "UPH" },
      ),
      { vocabularies },
    );
    expect(result.refusals).toEqual([
      { row: 2, column: "Declined", message: 'is filled in, and so is "S1 Response"; a case cannot have both' },
      { row: 3, column: "Declined Reason", message: 'is filled in, but "Declined" is empty; both are needed' },
      { row: 4, column: "LGO Decision", message: 'is filled in, but "LGO Decided" is empty; both are needed' },
    ]);
  });

  it("derives a flag dimension from which columns are filled in, only for rows that name one of onlyWhenAnyFilled", () => {
    const flagged = defineImportMapping({
      ...base,
      localDimensions: { onHold: { flag: { allFilled: ["S2 Requested"], allEmpty: ["S2 Response"] }, onlyWhenAnyFilled: ["S1 Response"] } },
    });
    const rows = [
      { ...complaint, "S2 Requested": "01/07/2015" },
      { ...complaint, Ref: "A2", "S2 Requested": "01/07/2015", "S2 Response": "01/08/2015" },
      { ...complaint, Ref: "A3", "S1 Response": "" },
    ];
    expect(parseWithMapping(flagged, csv(...rows), vocabularies).map((c) => c.localDimensions)).toEqual([{ onHold: "Y" }, { onHold: "N" }, {}]);
  });

  it("reads every column the extensions name", () => {
    expect(mappingColumns(mapping)).toEqual(expect.arrayContaining(["S1 Extended To", "Remedy", "Declined", "S2 Requested"]));
  });

  it("names the path of every misuse", () => {
    const { problems } = validateImportMapping({
      ...base,
      advocacyOffered: {},
      points: { column: "Reasons", as: "category", categoryFromParent: true, whenEmpty: "never" },
      events: [
        { type: "closed", date: "Closed", unlessFilled: ["Closed"] },
        { type: "extension_agreed", stage: "stage1", date: "Got", totalWorkingDays: 20, totalWorkingDaysColumn: "Ext" },
        { type: "lgsco_decided", date: "LGO", remediesColumn: "Remedy" },
        { type: "investigator_appointed", date: "S2", role: "judge" },
      ],
    });
    expect(problems).toEqual([
      'points.whenEmpty: "never" is not allowed; expected one of: "refuse", "outcomeOnly", "blankPoint"',
      'events[3].role: "judge" is not allowed; expected one of: "investigating_officer", "independent_person"',
    ]);
    const cross = validateImportMapping({
      ...base,
      advocacyOffered: {},
      lgscoDecision: { column: "LGO Decision" },
      points: { column: "Reasons", as: "category", categoryFromParent: true },
      localDimensions: { onHold: { flag: {} } },
      events: [
        { type: "closed", date: "Closed", unlessFilled: ["Closed"], excludes: ["Closed"] },
        { type: "extension_agreed", stage: "stage1", date: "Got", totalWorkingDays: 20, totalWorkingDaysColumn: "Ext" },
        { type: "lgsco_decided", date: "LGO", remediesColumn: "Remedy" },
        { type: "lgsco_decided", date: "LGO", remedyValues: { SORRY: "apology" } },
      ],
    }).problems;
    expect(cross).toEqual([
      'events[0].unlessFilled: names the event\'s own date column ("Closed"), so the event would never be recorded',
      'events[0].excludes: names the event\'s own date column ("Closed"), so every row with the date would be refused',
      "events[1].totalWorkingDaysColumn: give either totalWorkingDays or totalWorkingDaysColumn, not both",
      "events[2].remediesColumn: needs remedyValues (each local remedy and the canonical remedy it is)",
      "events[3].remedyValues: needs remediesColumn (the column of the remedies)",
      'points.categoryFromParent: only reasons have a parent category; needs as: "reason"',
      "localDimensions.onHold.flag: needs allFilled, allEmpty or both",
      "advocacyOffered: needs a column, impliedBy or both",
    ]);
  });
});
