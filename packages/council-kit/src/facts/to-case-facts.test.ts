import { caseFactsSchema, councilRulesContext, deriveCase } from "@csc/rules";
import { describe, expect, it } from "vitest";
import { defineCouncil } from "../adapter/define-council";
import { EXAMPLE_FIXTURE, exampleCouncilInput, parseExampleExport } from "../example/example-council";
import { importedCaseSchema, type ImportedCaseInput } from "../imported-case";
import type { CaseMappingError } from "./to-case-facts";
import { importedCaseFacts, toCaseFacts } from "./to-case-facts";

const council = defineCouncil(exampleCouncilInput);
const cases = parseExampleExport(EXAMPLE_FIXTURE);
const byRef = (ref: string): ImportedCaseInput => cases.find((c) => c.externalId === ref)!;
const ctx = { asOf: "2022-06-30" };

function error(input: ImportedCaseInput): CaseMappingError {
  try {
    toCaseFacts(council, input, ctx);
  } catch (e) {
    return e as CaseMappingError;
  }
  throw new Error("expected toCaseFacts to throw");
}

describe("toCaseFacts", () => {
  it("maps local codes to canonical values and keeps the local codes beside them", () => {
    const facts = toCaseFacts(council, byRef("E3"), ctx);
    expect(facts).toMatchObject({
      id: "E3",
      councilId: "exampleshire",
      kind: "complaint",
      localKind: "COMP",
      procedure: "childrens_statutory",
      channel: "phone",
      localChannel: "PH",
      complainantRelationship: "child_or_young_person",
      localComplainantType: "YP",
      teams: [{ code: "CIC1", serviceArea: "children_in_care" }],
      reasons: [
        { category: "SERV", reason: "DELAY", theme: "delay" },
        { category: "COMMS", reason: "NORESP", theme: "communication" },
      ],
    });
  });

  it("derives stages and the acknowledgement through the rules engine's lifecycle", () => {
    const facts = toCaseFacts(council, byRef("E4"), ctx);
    expect(facts.stages).toHaveLength(1);
    expect(facts.stages[0]).toMatchObject({
      stage: "stage1",
      startedOn: "2021-07-06",
      respondedOn: "2021-07-19",
      workingDaysTaken: 9,
      met: true,
      outcome: "not_upheld",
      localOutcome: "NOT",
    });
    expect(facts.acknowledgement).toMatchObject({ acknowledgedOn: "2021-07-08", met: true });
    const open = toCaseFacts(council, byRef("E5"), ctx);
    expect(open.stages[0]).toMatchObject({ respondedOn: null, workingDaysTaken: null, outcome: null, localOutcome: null });
  });

  it("uses the team entry in force on the day received (effective-dated renames)", () => {
    expect(toCaseFacts(council, byRef("E0"), ctx).teams).toEqual([{ code: "RA", serviceArea: "front_door_assessment" }]);
    const e = error({ ...byRef("E2"), teams: ["RA"] });
    expect(e.problem).toBe("vocabulary");
    expect(e.message).toBe('case "E2": team "RA" is not a code in vocabularies.teams in force on 2021-04-06');
  });

  it("names an unmapped code, the field and the case", () => {
    expect(error({ ...byRef("E2"), channel: "FAX" }).message).toBe(
      'case "E2": channel "FAX" is not a code in vocabularies.channels in force on 2021-04-06',
    );
    expect(error({ ...byRef("E2"), kind: "MOAN" }).message).toBe('case "E2": kind "MOAN" is not a code in vocabularies.kinds in force on 2021-04-06');
    expect(error({ ...byRef("E2"), localOutcomes: { stage1: "MAYBE" } }).message).toContain(
      'localOutcomes.stage1 "MAYBE" is not a code in vocabularies.outcomes',
    );
  });

  it("reports events the lifecycle rejects as a lifecycle problem", () => {
    const input = byRef("E2");
    const e = error({ ...input, events: [...input.events.slice(0, 2), { type: "adjudication_sent", on: "2021-04-10" }] });
    expect(e.problem).toBe("lifecycle");
    expect(e.message).toMatch(/^case "E2": its events do not fit the procedure: /);
  });

  it("rejects a record that is not an ImportedCase, naming the field", () => {
    const e = error({ ...byRef("E2"), receivedOn: "2021-02-30" });
    expect(e.problem).toBe("shape");
    expect(e.message).toContain("receivedOn: must be a real calendar date");
  });
});

describe("toCaseFacts with the council's other vocabularies", () => {
  const rich = defineCouncil({
    ...exampleCouncilInput,
    vocabularies: {
      ...exampleCouncilInput.vocabularies,
      procedures: [
        { code: "CSC", label: "Children's statutory", canonical: "childrens_statutory" },
        { code: "CORP", label: "Corporate", canonical: "corporate" },
      ],
      lgscoDecisions: [
        { code: "Premature", label: "Premature", canonical: "premature" },
        { code: "Fault/Injustice", label: "Fault and injustice", canonical: "upheld" },
      ],
      notConsideredReasons: [{ code: "COURT", label: "Court proceedings", canonical: "court_proceedings" }],
      equalities: { gender: [{ code: "F", label: "Female" }] },
      localDimensions: { satisfaction: [{ code: "KIND", label: "Kindness" }] },
    },
  });
  const base = byRef("E2");

  it("takes the procedure from the council's code and the LGSCO decision from the events, keeping the local wording", () => {
    const facts = toCaseFacts(
      rich,
      {
        ...base,
        procedure: "CSC",
        lgscoDecision: "Fault/Injustice",
        equalities: { gender: "F" },
        localDimensions: { satisfaction: "KIND" },
        events: [...base.events, { type: "lgsco_referred", on: "2021-06-01" }, { type: "lgsco_decided", on: "2021-09-01", decision: "upheld" }],
      },
      ctx,
    );
    expect(facts.procedure).toBe("childrens_statutory");
    expect(facts.lgsco).toEqual([{ referredOn: "2021-06-01", decidedOn: "2021-09-01", decision: "upheld", localDecision: "Fault/Injustice" }]);
    expect(facts.equalities.gender).toBe("F");
    expect(facts.localDimensions).toEqual({ satisfaction: "KIND" });
  });

  it("records an LGSCO decision known only by its local wording", () => {
    const facts = toCaseFacts(rich, { ...base, lgscoDecision: "Premature" }, ctx);
    expect(facts.lgsco).toEqual([{ referredOn: null, decidedOn: null, decision: "premature", localDecision: "Premature" }]);
  });

  it("records why a complaint was not considered, from the event or from the local reason alone", () => {
    const received = base.events[0]!;
    const fromEvent = toCaseFacts(
      rich,
      { ...base, notConsideredReason: "COURT", events: [received, { type: "not_considered", on: "2021-04-09", reason: "court_proceedings" }] },
      ctx,
    );
    expect(fromEvent.notConsidered).toEqual({ reason: "court_proceedings", on: "2021-04-09", localReason: "COURT" });
    const fromCode = toCaseFacts(rich, { ...base, notConsideredReason: "COURT", events: [received] }, ctx);
    expect(fromCode.notConsidered).toEqual({ reason: "court_proceedings", on: "2021-04-06", localReason: "COURT" });
  });

  it("checks local-only codes against the council's lists", () => {
    expect(() => toCaseFacts(rich, { ...base, equalities: { gender: "Q" } }, ctx)).toThrow(
      'case "E2": equalities.gender "Q" is not a code in the council\'s list in force on 2021-04-06',
    );
    expect(() => toCaseFacts(rich, { ...base, localDimensions: { satisfaction: "X" } }, ctx)).toThrow("localDimensions.satisfaction");
    expect(() => toCaseFacts(rich, { ...base, procedure: "ASC" }, ctx)).toThrow('procedure "ASC" is not a code in vocabularies.procedures');
  });

  it("leaves the procedure empty for feedback that is not a complaint", () => {
    expect(toCaseFacts(rich, byRef("E6"), ctx).procedure).toBeNull();
  });
});

describe("importedCaseFacts", () => {
  const parsed = (ref: string) => importedCaseSchema.parse(byRef(ref));
  const stored = councilRulesContext({ id: council.id, name: council.name, procedures: {}, localClosureDays: [] }, ctx.asOf);

  it("gives a parsed record the facts toCaseFacts gives, with the derivation they came from and in which rules", () => {
    for (const ref of ["E1", "E3"]) {
      const adapterRules = importedCaseFacts(council, parsed(ref), ctx);
      expect(adapterRules.facts).toEqual(toCaseFacts(council, byRef(ref), ctx));
      expect(adapterRules.derivedIn).toBe("adapter");
      const inStored = importedCaseFacts(council, parsed(ref), { ...ctx, rules: stored });
      expect(inStored.facts).toEqual(toCaseFacts(council, byRef(ref), { ...ctx, rules: stored }));
      expect(inStored.derivedIn).toBe("stored");
      // The derivation handed back is the one a second deriveCase in the same rules gives (so the importer may reuse it).
      expect(inStored.derived).toEqual(deriveCase(parsed(ref).events, { ...stored, kind: inStored.facts.kind }));
    }
  });

  it("builds facts the case-facts schema returns unchanged, for every record of the fixture (they are not re-parsed)", () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const record of cases) {
      for (const rules of [undefined, stored]) {
        const { facts } = importedCaseFacts(council, importedCaseSchema.parse(record), rules ? { ...ctx, rules } : ctx);
        expect(caseFactsSchema.parse(facts)).toStrictEqual(facts);
      }
    }
  });

  it("refuses a vocabulary entry whose canonical value is not one of its list's, naming the field and the value", () => {
    const channels = council.vocabularies.channels.map((e) => (e.code === "PH" ? { ...e, canonical: "fax" } : e));
    const drifted = { ...council, vocabularies: { ...council.vocabularies, channels } };
    const record = importedCaseSchema.parse({ ...byRef("E3"), channel: "PH" });
    expect(() => importedCaseFacts(drifted, record, ctx)).toThrow('case "E3": channel "PH" maps to "fax", which is not a channel');
    expect(importedCaseFacts(council, record, ctx).facts.channel).toBe("phone");
  });
});
