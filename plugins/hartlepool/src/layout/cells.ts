import type { CellSpecInput } from "@csc/council-kit";
import type { DimensionKey } from "@csc/rules";

/** The building blocks of Hartlepool's layout (./layout.ts): year columns, the filters section 7 counts by, cells. */

/** Column labels name the report's year and the year before (resolved by the kit: "2020/21", "2019/20"). */
export const THIS_YEAR = "{year}";
export const LAST_YEAR = "{year-1}";
/**
 * Sections 7.1 and 7.2 state the change on the previous year ("increased by 38", "a decrease of 5" = −5): a
 * difference cell, this year's count less last year's, both computed from the records. Rows whose change the seed
 * does not state keep an empty text cell (no figure).
 */
export const CHANGE_COLUMN = "Change on previous year";
export const NO_DIFFERENCE_CELL: CellSpecInput = { text: "" };

/** Children's social care statutory complaints (SI 2006/1738), as section 7.2 counts them. */
export const CSC = { kind: ["complaint"], procedure: ["childrens_statutory"] };
/** Public health complaints (seed section 4): a single stage, recorded as the Stage 1 response. */
export const PUBLIC_HEALTH = { kind: ["complaint"], procedure: ["public_health"] };
export const PH_NOT_UPHELD = { ...PUBLIC_HEALTH, outcome: ["not_upheld"] };
export const INVESTIGATED = { ...CSC, entryStage: ["stage1", "stage2"] };

type Filter = Record<string, string[]>;

export function received(filter: Filter, yearOffset = 0): CellSpecInput {
  return { measure: { metric: "cases_received", filter }, yearOffset };
}

/** This year's cases received less last year's (section 7's "Change on previous year"). */
export function receivedChange(filter: Filter): CellSpecInput {
  const measure = { metric: "cases_received" as const, filter };
  return { difference: { from: { measure, yearOffset: -1 }, to: { measure } } };
}

export function picked(
  metric: "cases_received" | "not_considered" | "cases_completed",
  filter: Filter,
  groupBy: DimensionKey,
  key: string,
  extra: { stage?: "stage1" | "stage2"; basis?: "received" | "completed" } = {},
): CellSpecInput {
  return { measure: { metric, filter, groupBy: [groupBy], ...extra }, pick: [key], whenEmpty: 0 };
}

export const narrative = (id: string, prompt: string) => ({ kind: "narrative" as const, id, prompt });
