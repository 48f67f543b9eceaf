import type { CellSpecInput, MeasureRefInput } from "@csc/council-kit";
import type { MeasureSpecInput } from "@csc/rules";

/**
 * Building blocks for Gloucestershire's layout. The council's report analyses feedback RECEIVED in the year
 * (executive summary: "feedback received between 1 April 2018 and 31 March 2019"; para 24: "the outcomes for the
 * 178 Stage 1 … complaints received in 2018/19"), so every measure here is on the received basis.
 */
/**
 * Column labels name the report's years with the contract's placeholders ("{year}" is the report's financial
 * year, "{year-1}" the one before), so the layout serves any year: for 2018/19 they read "2015/16" … "2018/19".
 */
export const YEAR_COLUMNS = ["{year-3}", "{year-2}", "{year-1}", "{year}"] as const;
type YearColumn = (typeof YEAR_COLUMNS)[number];

/** The financial year of a column relative to the report's year. */
export function offsetOf(column: YearColumn): number {
  return YEAR_COLUMNS.indexOf(column) - (YEAR_COLUMNS.length - 1);
}

export const COMPLAINT = { kind: ["complaint"] };
export const CONCERNS = { kind: ["complaint", "informal_resolution", "comment"] };

export function count(measure: MeasureSpecInput, yearOffset = 0): CellSpecInput {
  return { measure, yearOffset, format: "count" };
}

function ref(measure: MeasureSpecInput, yearOffset = 0): MeasureRefInput {
  return { measure, yearOffset };
}

/** 100 × numerator ÷ denominator, a whole percentage rounded half up (the council prints whole percentages). */
export function percent(numerator: MeasureSpecInput, denominator: MeasureSpecInput, yearOffset = 0): CellSpecInput {
  return { ratio: { numerator: ref(numerator, yearOffset), denominator: ref(denominator, yearOffset) }, format: "percent" };
}

/** 100 × (this year − last year) ÷ last year, rounded half up to `decimals` places as the seed prints it. */
export function percentChange(measure: MeasureSpecInput, decimals: number): CellSpecInput {
  return { percentChange: { from: ref(measure, -1), to: ref(measure, 0) }, format: { type: "percent", decimals } };
}

/** 100 × a count ÷ the year's contacts (a context figure the council supplies); under 1% the seed says "less than 1%". */
export function shareOfContacts(measure: MeasureSpecInput): CellSpecInput {
  return {
    ratio: { numerator: ref(measure, 0), denominator: { context: "contacts" } },
    format: { type: "percent", lessThan: { value: 1, text: "less than 1%" } },
  };
}

/** A measure that is already a percentage (0–100), rounded to whole percent half up. */
export function percentMeasure(measure: MeasureSpecInput, yearOffset = 0): CellSpecInput {
  return { measure, yearOffset, format: "percent" };
}

/** An empty cell (the seed prints nothing there); never a figure. */
export const BLANK: CellSpecInput = { text: "" };

/** Complaints received (volumes: received basis). */
export const complaintsReceived: MeasureSpecInput = { metric: "cases_received", filter: COMPLAINT };

/** Stage 1, 2 or 3 entered in the year: Stage 1 on receipt, Stage 2 at its clock start, Stage 3 at the panel request. */
export function stageStarted(stage: "stage1" | "stage2" | "stage3", filter?: MeasureSpecInput["filter"]): MeasureSpecInput {
  return { metric: "stages_started", stage, ...(filter ? { filter } : {}) };
}
