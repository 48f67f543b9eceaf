import { describe, expect, it } from "vitest";
import { ImportError } from "../importer/csv";
import { applyImportMapping, mappingColumns, parseWithMapping } from "./apply-import-mapping";
import { defineImportMapping, ImportMappingError, validateImportMapping } from "./define-import-mapping";
import type { MappingVocabularies } from "./mapping-row";

const vocabularies: MappingVocabularies = {
  kinds: [
    { code: "complaint", canonical: "complaint" },
    { code: "compliment", canonical: "compliment" },
  ],
  outcomes: [
    { code: "upheld", canonical: "upheld" },
    { code: "not_upheld", canonical: "not_upheld" },
  ],
  reasons: [
    { code: "communication", canonical: "communication" },
    { code: "delay", canonical: "delay" },
  ],
  teams: [{ code: "fostering", canonical: "looked_after_children" }],
};

const mapping = defineImportMapping({
  dateFormats: ["DD.MM.YYYY"],
  listSeparator: "|",
  reference: { column: "Ref" },
  kind: { column: "What", values: { Complaint: "complaint", Compliment: "compliment" } },
  receivedOn: { column: "Got" },
  teams: { column: "Team", values: { Fostering: "fostering" } },
  points: { column: "About", as: "reason", values: { Talking: "communication", Late: "delay" } },
  outcomes: { stage1: { column: "Result", values: { Yes: "upheld", No: "not_upheld" } } },
  events: [
    { type: "stage_started", stage: "stage1", date: "Got", complaintsOnly: true },
    { type: "response_sent", stage: "stage1", date: "Answered", after: "Got", complaintsOnly: true },
    { type: "closed", date: "Answered", after: "Got" },
  ],
});

const csv = (...rows: string[]) => ["Ref,What,Got,Team,About,Result,Answered", ...rows].join("\n");

describe("defineImportMapping", () => {
  it("names every problem by its path", () => {
    const { problems } = validateImportMapping({
      reference: { column: "" },
      kind: { column: "Type" },
      receivedOn: { column: "Received" },
      dateFormats: ["YY/MM/DD"],
      events: [{ type: "response_sent", stage: "stage1", date: "S1" }, { type: "lgsco_decided", date: "LGO", after: "LGO" }, { type: "sent" }],
    });
    expect(problems).toEqual([
      'dateFormats[0]: "YY/MM/DD" is not allowed; expected one of: "YYYY-MM-DD", "DD/MM/YYYY", "DD-MM-YYYY", "DD.MM.YYYY", "MM/DD/YYYY"',
      "reference.column: must name a column of the export",
      expect.stringMatching(/^events\[2\]\.type: /),
    ]);
    const cross = validateImportMapping({
      reference: { column: "Ref" },
      kind: { column: "Type" },
      receivedOn: { column: "Received" },
      events: [
        { type: "response_sent", stage: "stage1", date: "S1" },
        { type: "lgsco_decided", date: "LGO", after: "LGO" },
      ],
    }).problems;
    expect(cross).toEqual([
      "events[0].stage: a response at stage1 needs outcomes.stage1 (the column of its outcome)",
      "events[0].type: a response_sent event gives each point of complaint its outcome, so the mapping needs points",
      'events[1].after: must name another column than "date" ("LGO")',
      "events[1].type: needs lgscoDecision (the column of the decision)",
    ]);
    expect(() => defineImportMapping({ reference: { column: "R" }, kind: { column: "K" }, receivedOn: { column: "" } })).toThrow(ImportMappingError);
  });
});

describe("applyImportMapping", () => {
  it("maps local values to vocabulary entries, reads the date format and builds the lifecycle", () => {
    const result = applyImportMapping(mapping, csv("A1,Complaint,03.04.2023,Fostering,Talking|Late,Yes,14.04.2023", "A2,Compliment,05.04.2023,,,,"), {
      vocabularies,
    });
    expect(result.refusals).toEqual([]);
    const [complaint, compliment] = result.cases.map((c) => c.imported);
    expect(complaint).toMatchObject({
      externalId: "A1",
      kind: "complaint",
      receivedOn: "2023-04-03",
      teams: ["fostering"],
      points: [
        { id: "1", category: null, reason: "communication" },
        { id: "2", category: null, reason: "delay" },
      ],
      localOutcomes: { stage1: "upheld" },
    });
    expect(complaint?.events).toEqual([
      { type: "received", on: "2023-04-03" },
      { type: "stage_started", on: "2023-04-03", stage: "stage1" },
      {
        type: "response_sent",
        on: "2023-04-14",
        stage: "stage1",
        outcomes: [
          { pointId: "1", outcome: "upheld" },
          { pointId: "2", outcome: "upheld" },
        ],
      },
      { type: "closed", on: "2023-04-14" },
    ]);
    expect(compliment?.events).toEqual([{ type: "received", on: "2023-04-05" }]);
    expect(mappingColumns(mapping)).toEqual(["Ref", "What", "Got", "Team", "About", "Result", "Answered"]);
  });

  it("refuses every bad cell by row and column and keeps the good rows", () => {
    const result = applyImportMapping(
      mapping,
      csv(
        "A1,Grumble,2023-04-03,Fostering,Talking,Yes,",
        "A2,Complaint,03.04.2023,Adoption,Talking,,14.04.2023",
        "A3,Complaint,03.04.2023,,Talking,No,01.04.2023",
        "A4,Complaint,03.04.2023,,,No,14.04.2023",
        "A5,Compliment,06.04.2023,,,,",
        "A5,Compliment,06.04.2023,,,,",
      ),
      { vocabularies, limit: 10 },
    );
    expect(result.rows).toBe(6);
    expect(result.cases.map((c) => c.row)).toEqual([6]);
    expect(result.refusals.map((r) => `${r.row} ${r.column}: ${r.message}`)).toEqual([
      "2 Got: is not a real date written DD.MM.YYYY",
      '2 What: is not a known code ("Grumble" is not an entry of kinds, nor mapped to one); expected one of complaint, compliment',
      '3 Team: is not a known code ("Adoption" is not an entry of teams, nor mapped to one); expected one of fostering',
      '4 Answered: is before "Got"; a case\'s dates must follow its procedure',
      "5 About: is empty; a response needs at least one point of complaint to give its outcome",
      "7 Ref: repeats the reference of row 6",
    ]);
  });

  it("refuses a file whose header lacks a mapped column, and throws the first refusal for a plugin importer", () => {
    expect(applyImportMapping(mapping, "Ref,What\nA1,Complaint\n", { vocabularies }).refusals).toEqual([
      { row: 1, column: null, message: 'the header lacks columns "Got", "Team", "About", "Result", "Answered"' },
    ]);
    expect(() => parseWithMapping(mapping, csv("A1,Complaint,03.04.2023,Fostering,Talking,,14.04.2023"), vocabularies)).toThrow(
      new ImportError('is empty, but "Answered" is filled in; both are needed', 2, "Result"),
    );
  });
});
