import type { CellSpecInput, FormatInput } from "@csc/council-kit";
import type { DimensionKey, MeasureSpecInput } from "@csc/rules";

/**
 * The building blocks of Somerset's layout: the filters its tables count by and the cells that name measures.
 * No cell holds a figure; text cells are empty where the contract cannot express what the seed prints (listed
 * in ../published-exceptions.ts and the README).
 */
export const THIS_YEAR = "{year}";
export const LAST_YEAR = "{year-1}";
export const TWO_YEARS_AGO = "{year-2}";

type Filter = Record<string, string[]>;

export const COMPLAINTS: Filter = { kind: ["complaint"] };
export const COMPLIMENTS: Filter = { kind: ["compliment"] };
export const COMMENTS: Filter = { kind: ["comment"] };
export const MEMBER_ENQUIRIES: Filter = { kind: ["member_enquiry"] };
/**
 * Complaints resolved within the council's own procedure (Stages 1-3), the base of the 2016/17 percentages in
 * sections 3.2 and 3.3: the two complaints the Ombudsman concluded are counted but given no share (README,
 * "Different bases").
 */
export const RESOLVED_BY_COUNCIL: Filter = { ...COMPLAINTS, resolutionStage: ["stage1", "stage2", "stage3"] };
/** The four geographical areas (section 3.5). */
export const GEOGRAPHICAL_TEAMS = ["TWS", "SEDGEMOOR", "MENDIP", "SS"];

const PERCENT: FormatInput = "percent";
export const WHOLE_DAYS: FormatInput = { type: "average", decimals: 0 };
type Measure = MeasureSpecInput;

/** A measure's total in the report's year (or `yearOffset` years before). */
export function total(measure: Measure, yearOffset = 0, format: FormatInput = "count"): CellSpecInput {
  return { measure, yearOffset, format };
}

/** One group of a measure grouped by `groupBy` (0 when the group is absent, or `whenEmpty`). */
export function picked(
  measure: Measure,
  groupBy: DimensionKey,
  key: string,
  options: { yearOffset?: number; format?: FormatInput; whenEmpty?: 0 | string | null } = {},
): CellSpecInput {
  const format = options.format ?? "count";
  const whenEmpty = options.whenEmpty !== undefined ? options.whenEmpty : format === "count" ? 0 : null;
  return { measure: { ...measure, groupBy: [groupBy] }, pick: [key], yearOffset: options.yearOffset ?? 0, format, whenEmpty };
}

/** A group's share of the total (count metrics, `share`), as a percentage. */
export function share(measure: Measure, groupBy: DimensionKey, key: string, yearOffset = 0, format: FormatInput = PERCENT): CellSpecInput {
  return { measure: { ...measure, groupBy: [groupBy], share: true }, pick: [key], yearOffset, format, whenEmpty: 0 };
}

/** 100 × numerator ÷ denominator, both measures over the same year. */
export function ratio(numerator: Measure, denominator: Measure, yearOffset = 0, format: FormatInput = PERCENT): CellSpecInput {
  return { ratio: { numerator: { measure: numerator, yearOffset }, denominator: { measure: denominator, yearOffset } }, format };
}

export const received = (filter: Filter = {}): Measure => ({ metric: "cases_received", filter });
export const closed = (filter: Filter): Measure => ({ metric: "cases_closed", filter });

export const narrative = (id: string, prompt: string) => ({ kind: "narrative" as const, id, prompt });

/** A share printed "<1" when it rounds to nothing (section 3.6: 1 of 267 is "<1", 2 of 267 is 1). */
export const PERCENT_OR_LESS_THAN_ONE: FormatInput = { type: "percent", lessThan: { value: 0.5, text: "<1" } };

/** The share of one group of `measure` grouped by `groupBy`, `yearOffset` years before the report's. */
function shareRef(measure: Measure, groupBy: DimensionKey, key: string, yearOffset: number) {
  return { measure: { ...measure, groupBy: [groupBy], share: true }, pick: [key], yearOffset };
}

/** A group's share this year less its share last year, in percentage points (section 3.4's "+/-"). */
export function shareChange(measure: Measure, groupBy: DimensionKey, key: string): CellSpecInput {
  return { difference: { from: shareRef(measure, groupBy, key, -1), to: shareRef(measure, groupBy, key, 0) }, format: PERCENT };
}

/** The percentage change on the previous year: `to` over `from` a year before. */
function changeOnLastYear(measure: Measure) {
  return { from: { measure, yearOffset: -1 }, to: { measure } };
}

/**
 * The size of the percentage change on the previous year (section 2.1's "%"), without its sign since the word
 * beside it gives the direction (the seed prints "Decrease 11.8"), rounded down to one decimal as the seed
 * truncates (77.78 → 77.7, 11.88 → 11.8); "-" when there were none the year before.
 */
export function percentChange(measure: Measure): CellSpecInput {
  return {
    percentChange: changeOnLastYear(measure),
    format: { type: "percent", decimals: 1, rounding: "floor", absolute: true },
    whenEmpty: "-",
  };
}

/**
 * The direction of the percentage change on the previous year in the seed's words (section 2.1's "+/-"):
 * "Increase" or "Decrease"; "Unknown" when there were none the year before. The seed prints no unchanged row;
 * "No change" is this adapter's word for a change that rounds to 0.0.
 */
export function changeDirection(measure: Measure): CellSpecInput {
  return {
    percentChange: changeOnLastYear(measure),
    format: { type: "percent", decimals: 1, direction: { positive: "Increase", negative: "Decrease", zero: "No change" } },
    whenEmpty: "Unknown",
  };
}

/**
 * The direction of a group's share on last year's in the seed's symbols (section 3.3's "+/-"): "+", "-", or
 * "Neu" when the change rounds to 0 percentage points (8% both years). The two years may have different bases
 * (`lastYear` and `thisYear`), as their printed percentages do.
 */
export function shareDirection(lastYear: Measure, thisYear: Measure, groupBy: DimensionKey, key: string): CellSpecInput {
  return {
    difference: { from: shareRef(lastYear, groupBy, key, -1), to: shareRef(thisYear, groupBy, key, 0) },
    format: { type: "percent", direction: { positive: "+", negative: "-", zero: "Neu" } },
  };
}

/** One group of a measure grouped by two dimensions (0 when absent). */
export function picked2(measure: Measure, groupBy: [DimensionKey, DimensionKey], key: [string, string]): CellSpecInput {
  return { measure: { ...measure, groupBy }, pick: key, whenEmpty: 0 };
}
