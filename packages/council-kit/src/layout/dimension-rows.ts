import { DIMENSIONS, isDimensionKey, type DimensionKey, type Period } from "@csc/rules";
import { equalityListsOf } from "../vocabulary/equality-lists";
import type { LocalOnlyEntry, MappedVocabulary, Vocabularies } from "../vocabulary/local-vocabulary";
import { isEffectiveDuring } from "../vocabulary/lookup";
import type { RowsFrom } from "./report-layout";

/**
 * Which council vocabulary holds the values of each dimension. Local dimensions are keyed by the council's
 * codes; canonical dimensions are keyed by canonical values and labelled with the council's words.
 */
export const LOCAL_DIMENSION_VOCABULARY: Partial<Record<DimensionKey, MappedVocabulary>> = {
  localKind: "kinds",
  localOutcome: "outcomes",
  reasonCategory: "reasonCategories",
  reason: "reasons",
  team: "teams",
  localChannel: "channels",
  localComplainantType: "complainantTypes",
  localDecision: "lgscoDecisions",
  localNotConsideredReason: "notConsideredReasons",
};

export const CANONICAL_DIMENSION_VOCABULARY: Partial<Record<DimensionKey, MappedVocabulary>> = {
  kind: "kinds",
  procedure: "procedures",
  outcome: "outcomes",
  reasonTheme: "reasonCategories",
  serviceArea: "serviceAreas",
  channel: "channels",
  complainantRelationship: "complainantTypes",
  lgscoDecision: "lgscoDecisions",
  notConsideredReason: "notConsideredReasons",
};

export interface DimensionRow {
  /** The group key the row picks from a measure grouped by the dimension. */
  readonly key: string;
  readonly label: string;
}

/**
 * The council's entries for a local dimension (codes), or undefined when the dimension has no local list. An
 * equalities question always has one: the council's own, or the platform's (equalityListsOf).
 */
export function localEntriesFor(vocabularies: Vocabularies, dimension: string): readonly LocalOnlyEntry[] | undefined {
  if (dimension.startsWith("local:")) return vocabularies.localDimensions[dimension.slice(6)];
  const equality = equalityListsOf(vocabularies.equalities).find((list) => list.question === dimension);
  if (equality) return equality.entries;
  const name = LOCAL_DIMENSION_VOCABULARY[dimension as DimensionKey];
  return name ? vocabularies[name] : undefined;
}

const humanise = (value: string): string => {
  const words = value.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The rows a `rowsFrom` table generates for a period: explicit `values` when given; else the council's entries
 * in force during the period (one row per code, labelled with the entry in force at the period's end); for a
 * canonical dimension, one row per canonical value the council's vocabulary maps to (its first label), or every
 * canonical value when it has no vocabulary. Throws naming the dimension when it cannot generate rows.
 */
export function dimensionRows(vocabularies: Vocabularies, rowsFrom: RowsFrom, period: Period): DimensionRow[] {
  if (rowsFrom.values) return rowsFrom.values.map((v) => ({ key: v.key, label: v.label }));
  const { dimension } = rowsFrom;
  if (!isDimensionKey(dimension)) throw new Error(`rowsFrom.dimension: "${dimension}" is not a known dimension or "local:<key>"`);
  const local = localEntriesFor(vocabularies, dimension);
  if (local) {
    const inForce = local.filter((e) => isEffectiveDuring(e, period) && (rowsFrom.parent === undefined || e.parent === rowsFrom.parent));
    const rows = new Map<string, string>();
    for (const entry of inForce) rows.set(entry.code, entry.label); // later entries (renames keeping the code) win
    return [...rows].map(([key, label]) => ({ key, label }));
  }
  const vocabulary = CANONICAL_DIMENSION_VOCABULARY[dimension];
  const entries = vocabulary ? vocabularies[vocabulary].filter((e) => isEffectiveDuring(e, period)) : [];
  if (entries.length > 0) {
    const rows = new Map<string, string>();
    for (const entry of entries) if (!rows.has(entry.canonical)) rows.set(entry.canonical, entry.label);
    return [...rows].map(([key, label]) => ({ key, label }));
  }
  const values = DIMENSIONS[dimension as keyof typeof DIMENSIONS]?.values;
  if (!values) {
    throw new Error(`rowsFrom.dimension: "${dimension}" has no vocabulary to generate rows from; list the rows in rowsFrom.values`);
  }
  return values.map((v) => ({ key: v, label: humanise(v) }));
}
