import { describe, expect, it } from "vitest";
import { applyImportMapping } from "./apply-import-mapping";
import { defineImportMapping } from "./define-import-mapping";
import type { MappingVocabularies } from "./mapping-row";
import type { ImportMappingInput } from "./mapping-schema";
import { mappingCodeProblems } from "./mapping-vocabularies";

const vocabularies: MappingVocabularies = {
  kinds: [
    { code: "complaint", canonical: "complaint" },
    { code: "compliment", canonical: "compliment" },
  ],
  procedures: [{ code: "statutory", canonical: "childrens_statutory", validTo: "2020-03-31" }],
  channels: [{ code: "phone", canonical: "phone" }],
  outcomes: [
    { code: "upheld", canonical: "upheld" },
    { code: "not_upheld", canonical: "not_upheld" },
  ],
  reasons: [{ code: "delay", canonical: "delay" }],
  reasonCategories: [],
};

const base: Pick<ImportMappingInput, "reference" | "receivedOn" | "points" | "outcomes" | "events"> = {
  reference: { column: "Ref" },
  receivedOn: { column: "Got" },
  points: { column: "About", as: "reason", values: { Late: "delay" } },
  outcomes: { stage1: { column: "Result" } },
  events: [
    { type: "stage_started", stage: "stage1", date: "Got", complaintsOnly: true },
    { type: "response_sent", stage: "stage1", date: "Answered", after: "Got", complaintsOnly: true },
  ],
};

describe("mappingCodeProblems", () => {
  it("finds nothing when every mapped code is an entry of its list, of any date", () => {
    const mapping = defineImportMapping({
      ...base,
      kind: { column: "What", values: { Complaint: "complaint" } },
      channel: { column: "How", values: { Tel: "phone" } },
      outcomes: { stage1: { column: "Result", values: { Yes: "upheld", No: "not_upheld" } } },
      complaintProcedure: "statutory",
    });
    expect(mappingCodeProblems(mapping, vocabularies)).toEqual([]);
  });

  it("names each value map's code the council's list lacks by its path, and the fixed procedure", () => {
    const mapping = defineImportMapping({
      ...base,
      kind: { column: "What", values: { Complaint: "complaint", Thanks: "thanks" } },
      channel: { column: "How", values: { Tel: "telephone" } },
      outcomes: { stage1: { column: "Result", values: { Yes: "upheld", "Part upheld": "partly" } } },
      points: { column: "About", as: "category", values: { Late: "delay" } },
      complaintProcedure: "statutory_2006",
    });
    expect(mappingCodeProblems(mapping, vocabularies)).toEqual([
      'kind.values.Thanks: "thanks" is not an entry of kinds; expected one of complaint, compliment',
      'channel.values.Tel: "telephone" is not an entry of channels; expected one of phone',
      `points.values.Late: "delay" is not an entry of reasonCategories; your council's reasonCategories list is empty`,
      'outcomes.stage1.values["Part upheld"]: "partly" is not an entry of outcomes; expected one of upheld, not_upheld',
      'complaintProcedure: "statutory_2006" is not an entry of procedures; expected one of statutory',
    ]);
  });

  it("leaves alone a list the council does not keep, as the interpreter does", () => {
    const mapping = defineImportMapping({ ...base, kind: { column: "What" }, teams: { column: "Team", values: { Fostering: "fostering" } } });
    expect(mappingCodeProblems(mapping, vocabularies)).toEqual([]);
    const { refusals } = applyImportMapping(mapping, "Ref,What,Got,Team,About,Result,Answered\nA1,complaint,2023-04-03,Fostering,Late,,", {
      vocabularies,
    });
    expect(refusals).toEqual([]);
  });

  it("refuses before saving what an import would refuse on every row that has the value", () => {
    const mapping = defineImportMapping({ ...base, kind: { column: "What", values: { Thanks: "thanks" } } });
    const [problem] = mappingCodeProblems(mapping, vocabularies);
    expect(problem).toMatch(/^kind\.values\.Thanks: "thanks" is not an entry of kinds/);
    const { refusals } = applyImportMapping(mapping, "Ref,What,Got,About,Result,Answered\nA1,Thanks,2023-04-03,Late,,", { vocabularies });
    expect(refusals.map((r) => r.column)).toEqual(["What"]);
    expect(refusals[0]?.message).toContain('"thanks" is not an entry of kinds');
  });
});
