import type { CellSpecInput } from "@csc/council-kit";
import { serviceAreas, teams } from "../vocabularies";

/** The building blocks of Northamptonshire's layout (./layout.ts): year labels, the bases the report counts on, cells. */

export const THIS_YEAR = "{year}";
export const LAST_YEAR = "{year-1}";

type Filter = Record<string, string[]>;

/** Every complaint logged, including those declined (not considered further): "How have we received complaints?". */
export const ALL_COMPLAINTS: Filter = { kind: ["complaint"] };
/**
 * "New complaints": complaints accepted into the procedure, i.e. not declined (README, "Bases"). A case's
 * not-considered reason is "not_recorded" when it was considered.
 */
export const NEW_COMPLAINTS: Filter = { kind: ["complaint"], notConsideredReason: ["not_recorded"] };
/** New complaints made by children and young people, directly or through an advocate. */
export const FROM_YOUNG_PEOPLE: Filter = { ...NEW_COMPLAINTS, madeByChild: ["true"] };
export const COMPLIMENTS: Filter = { kind: ["compliment"] };

export function received(filter: Filter, yearOffset = 0): CellSpecInput {
  return { measure: { metric: "cases_received", filter }, yearOffset };
}

/** "%" of a base, rounded half up to whole numbers as the report prints them ("46%"). */
export function percentOf(numerator: Filter, denominator: Filter): CellSpecInput {
  return {
    ratio: {
      numerator: { measure: { metric: "cases_received", filter: numerator } },
      denominator: { measure: { metric: "cases_received", filter: denominator } },
    },
    format: { type: "percent", decimals: 0, rounding: "half_up", suffix: "%" },
  };
}

/** The team codes under a service area (vocabularies: teams[].parent). */
function teamsOf(serviceArea: string): string[] {
  const codes = teams.filter((t) => t.parent === serviceArea).map((t) => t.code);
  if (codes.length === 0) throw new Error(`service area "${serviceArea}" has no teams`);
  return codes;
}

/** One row per service area, in the report's order: new complaints about any of its teams. */
export function serviceAreaRows(): { label: string; cells: CellSpecInput[] }[] {
  return serviceAreas.map((area) => ({ label: area.label, cells: [received({ ...NEW_COMPLAINTS, team: teamsOf(area.code) })] }));
}

/** Stage 1 responses in the year by timeliness band (10 and 20 working days: SI 2006/1738 reg 14). */
const STAGE1_BANDS = [10, 20];
const stage1Responses = { metric: "cases_completed", stage: "stage1", filter: ALL_COMPLAINTS } as const;

export function stage1Band(band: string, yearOffset: number): CellSpecInput {
  return { measure: { ...stage1Responses, groupBy: ["band"], bands: STAGE1_BANDS }, pick: [band], yearOffset, whenEmpty: 0 };
}

/** A band's share of the year's Stage 1 responses (`null`: all of them, the total row's 100%). */
export function stage1BandPercent(band: string | null, yearOffset: number): CellSpecInput {
  return {
    ratio: {
      numerator:
        band === null
          ? { measure: stage1Responses, yearOffset }
          : { measure: { ...stage1Responses, groupBy: ["band"], bands: STAGE1_BANDS }, pick: [band], yearOffset },
      denominator: { measure: stage1Responses, yearOffset },
    },
    format: { type: "percent", decimals: 0, rounding: "half_up", suffix: "%" },
    whenEmpty: "0%",
  };
}

export function stage1Total(yearOffset: number): CellSpecInput {
  return { measure: stage1Responses, yearOffset };
}

/** Stage 1 responses sent in the year with this local outcome ("Complaint Outcomes": complaints closed in the year). */
export function stage1Outcome(code: string, yearOffset: number): CellSpecInput {
  return { measure: { ...stage1Responses, groupBy: ["localOutcome"] }, pick: [code], yearOffset, whenEmpty: 0 };
}

/** LGO decisions made in the year with the council's wording codes. */
export function lgoDecisions(codes: string[]): CellSpecInput {
  return { measure: { metric: "lgsco_decisions", filter: { localDecision: codes } } };
}

export const narrative = (id: string, prompt: string) => ({ kind: "narrative" as const, id, prompt });
