/**
 * The platform's one disclosure policy for figures that leave the case page (caseCounts, statistics,
 * compareCouncils, exports):
 * - Small-number suppression: a count of 1–4 is withheld (value and base null, `suppressed: true`); so is a
 *   percentage, average or rate whose base (the number of cases it rests on), or whose count of hits, is 1–4,
 *   because the count could be worked back from it. It applies to every group, to the overall value and to the
 *   base, whether the small number comes from grouping or from filtering. 0 is shown: an empty cell discloses
 *   nothing about a person. (Local policy of the platform, after the ONS/GSS practice of suppressing counts under 5.)
 * - Secondary suppression: when exactly one cell of a set of groups is withheld and their total can be seen (the
 *   overall value; with two groupBy dimensions also each row and column, whose totals a one-dimension query
 *   gives), the smallest other non-zero cell is withheld too, so the withheld cell cannot be recovered by
 *   subtraction.
 * - No free text as a group key: equalities answers are grouped only by the council's own list; any other
 *   answer counts as OTHER_ANSWER (see equalities-keys.ts).
 * - One name for a missing value, with its reason (MissingReason).
 * Who gets it: everyone who may not read the cases themselves (analysts, administrators), and every figure that
 * leaves the council (compareCouncils) whoever asks. Officers, managers and auditors read the cases anyway.
 */
const SUPPRESSION_THRESHOLD = 5;

/** Why a figure has no value. */
export type MissingReason = "small_number" | "secondary" | "no_base" | "no_context_figure" | "not_applicable" | "no_records";

export const MISSING_REASON_DESCRIPTIONS: Readonly<Record<MissingReason, string>> = {
  small_number: "Withheld: a count of 1–4, or a percentage, average or rate resting on 1–4 cases (small-number suppression)",
  secondary: "Withheld so that another withheld cell cannot be worked out from the total (secondary suppression)",
  no_base: "No value: nothing to take a percentage, average or rate of (no cases in the base)",
  no_context_figure: "No value: the council has not recorded the context figure (e.g. contacts) for that year",
  not_applicable: "No value: the metric does not apply to what was asked (e.g. escalation from Stage 3, the last stage)",
  no_records:
    "No value: the council has no case records for the period (it lies outside the days its cases were received on: see coverage), so a 0 here would not mean no complaints",
};

/** The name every export and the API give a missing value, whatever its reason. */
export const MISSING_VALUE = "[x]";

export type Disclosure = "exact" | "suppressed";

export interface Figure {
  value: number | null;
  /** What the value rests on: the count itself, or the denominator of a percentage, average or rate. */
  base: number;
  suppressed: boolean;
  /** Why `value` is null; null when there is a value. */
  missing: MissingReason | null;
}

const isSmall = (n: number): boolean => n > 0 && n < SUPPRESSION_THRESHOLD;

const withheld = (base: number, missing: MissingReason): Figure => ({ value: null, base, suppressed: true, missing });

/** A figure shown as it is (missing: no_base when it has no value). */
function exactFigure(value: number | null, base: number): Figure {
  return { value, base, suppressed: false, missing: value === null ? "no_base" : null };
}

/** A count: suppressed when it is 1–4. */
export function suppressCount(count: number): Figure {
  return isSmall(count) ? withheld(count, "small_number") : exactFigure(count, count);
}

/** A percentage, average or rate: suppressed when its base, or the count it is built from, is 1–4. */
export function suppressRatio(value: number | null, base: number, numerator?: number): Figure {
  if (isSmall(base) || (numerator !== undefined && isSmall(numerator))) return withheld(base, "small_number");
  return exactFigure(value, base);
}

/** Applies the policy to one figure of a metric: a count (value = base) or a ratio over `base`. */
export function discloseFigure(value: number | null, base: number, aggregation: "count" | "percent" | "average", mode: Disclosure): Figure {
  if (mode === "exact") return exactFigure(value, base);
  if (aggregation === "count") return suppressCount(value ?? 0);
  const hits = aggregation === "percent" && value !== null ? Math.round((value * base) / 100) : undefined;
  return suppressRatio(value, base, hits);
}

/**
 * Secondary suppression over one set of cells whose total is shown: while exactly one non-zero cell is withheld,
 * withholds the smallest other non-zero cell shown. Works on the cells' bases (the counts). Returns new figures.
 */
export function secondarySuppress<T extends Figure>(cells: readonly T[], totalShown: boolean): T[] {
  return secondarySuppressSets(cells, totalShown ? [cells.map((_, i) => i)] : []);
}

/**
 * Secondary suppression over several overlapping sets of cells (indexes into `cells`), each with a total that
 * can be seen: the rule of `secondarySuppress` is applied to every set, again and again, until no set has
 * exactly one withheld non-zero cell (withholding a cell in one set can leave another set with one).
 */
export function secondarySuppressSets<T extends Figure>(cells: readonly T[], sets: ReadonlyArray<readonly number[]>): T[] {
  const out = cells.map((c) => ({ ...c }));
  const withheldNonZero = (set: readonly number[]) => set.filter((i) => out[i]!.suppressed && out[i]!.base > 0).length;
  for (let changed = true; changed;) {
    changed = false;
    for (const set of sets) {
      while (withheldNonZero(set) === 1) {
        const next = set
          .map((i) => out[i]!)
          .filter((c) => !c.suppressed && c.base > 0)
          .sort((a, b) => a.base - b.base)[0];
        if (!next) break;
        Object.assign(next, { value: null, suppressed: true, missing: "secondary" satisfies MissingReason });
        changed = true;
      }
    }
  }
  return out;
}

/**
 * The sets of a table of groups whose sums can be seen: the whole table when its total is shown and, with two
 * or more groupBy dimensions, each row and each column (their totals are what a query by fewer dimensions gives).
 */
export function tableSets(keys: ReadonlyArray<readonly string[]>, totalShown: boolean): number[][] {
  const sets: number[][] = totalShown ? [keys.map((_, i) => i)] : [];
  const dims = keys[0]?.length ?? 0;
  if (dims < 2) return sets;
  for (let d = 0; d < dims; d += 1) {
    const byValue = new Map<string, number[]>();
    keys.forEach((k, i) => byValue.set(k[d] ?? "", [...(byValue.get(k[d] ?? "") ?? []), i]));
    sets.push(...byValue.values());
  }
  return sets;
}
