import { z } from "zod";
import {
  CHANNELS,
  COMPLAINANT_RELATIONSHIPS,
  FEEDBACK_KINDS,
  isoDateSchema,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  PROCEDURES,
  REASON_THEMES,
  SERVICE_AREAS,
} from "@csc/rules";

/**
 * A council's local vocabularies, exactly as it publishes them. Each entry keeps the council's own code and
 * label and maps to ONE canonical value (packages/rules/src/vocabulary/canonical.ts), so the core computes
 * measures on canonical values while the council's tables keep its own words.
 *
 * Entries are effective-dated: `validFrom`/`validTo` (inclusive ISO dates) bound when a code may be used, and
 * `renamedFrom` names the code an entry replaced (e.g. Gloucestershire's "Children's Assessment (formerly
 * Referral & Assessment)"). The same code may appear more than once only with non-overlapping dates (a rename
 * that kept the code).
 */
const code = z.string().trim().min(1).max(120);

export const localEntrySchema = z.object({
  /** The council's code as its case system exports it. */
  code,
  /** The council's label as it appears in its report. */
  label: z.string().trim().min(1).max(200),
  /** The canonical value this entry maps to (checked against the vocabulary by defineCouncil). */
  canonical: z.string().trim().min(1).max(120),
  /** Code of the parent entry: a reason's category, a cause's theme, a team's service area. */
  parent: code.optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  /** Code of the entry this one replaced (history of renames and restructures). */
  renamedFrom: code.optional(),
});
export type LocalEntry = z.infer<typeof localEntrySchema>;
export type LocalEntryInput = z.input<typeof localEntrySchema>;

/**
 * One entry of a plugin's mapped vocabulary, typed by the canonical list it maps onto (e.g.
 * `readonly LocalTerm<FeedbackKind>[]`), so a wrong canonical value is a type error before defineCouncil checks it.
 */
export interface LocalTerm<C extends string> extends LocalEntryInput {
  readonly canonical: C;
}

/** A purely local list (no canonical counterpart): equalities answers, Somerset's "cause of satisfaction". */
export const localOnlyEntrySchema = z.object({
  code,
  label: z.string().trim().min(1).max(200),
  parent: code.optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
});
export type LocalOnlyEntry = z.infer<typeof localOnlyEntrySchema>;

/**
 * Every mapped vocabulary an adapter may supply, with the canonical list it maps onto and the words used in
 * error messages. Two-level reasons: `reasonCategories` (or Somerset-style themes) are the parents of `reasons`
 * (or primary causes); both map to a canonical reason theme.
 */
export const MAPPED_VOCABULARIES = {
  kinds: { canonical: FEEDBACK_KINDS, noun: "feedback kind" },
  procedures: { canonical: PROCEDURES, noun: "procedure" },
  reasonCategories: { canonical: REASON_THEMES, noun: "reason theme" },
  reasons: { canonical: REASON_THEMES, noun: "reason theme" },
  outcomes: { canonical: OUTCOMES, noun: "outcome" },
  serviceAreas: { canonical: SERVICE_AREAS, noun: "service area" },
  teams: { canonical: SERVICE_AREAS, noun: "service area" },
  channels: { canonical: CHANNELS, noun: "channel" },
  complainantTypes: { canonical: COMPLAINANT_RELATIONSHIPS, noun: "complainant relationship" },
  lgscoDecisions: { canonical: LGSCO_DECISIONS, noun: "LGSCO decision" },
  notConsideredReasons: { canonical: NOT_CONSIDERED_REASONS, noun: "not-considered reason" },
} as const;
export type MappedVocabulary = keyof typeof MAPPED_VOCABULARIES;
export const MAPPED_VOCABULARY_NAMES = Object.keys(MAPPED_VOCABULARIES) as MappedVocabulary[];

/** Which vocabulary holds a parent of each two-level list. */
export const PARENT_VOCABULARY: Partial<Record<MappedVocabulary, MappedVocabulary>> = {
  reasons: "reasonCategories",
  teams: "serviceAreas",
};

const list = z.array(localEntrySchema).default([]);
const localList = z.array(localOnlyEntrySchema).default([]);

export const vocabulariesSchema = z.object({
  kinds: list,
  procedures: list,
  reasonCategories: list,
  reasons: list,
  outcomes: list,
  serviceAreas: list,
  teams: list,
  channels: list,
  complainantTypes: list,
  lgscoDecisions: list,
  notConsideredReasons: list,
  /** Equalities answers as the council records them (local only; "not given" is an ordinary entry). */
  equalities: z.object({ gender: localList, ethnicity: localList, disability: localList, ageBand: localList }).partial().default({}),
  /** Further local dimensions, keyed as in ImportedCase.localDimensions (measures use "local:<key>"). */
  localDimensions: z.record(z.string().trim().min(1).max(60), localList).default({}),
});
export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type VocabulariesInput = z.input<typeof vocabulariesSchema>;
