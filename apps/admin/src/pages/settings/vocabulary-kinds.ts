import {
  Channel,
  ComplainantRelationship,
  LgscoDecision,
  NotConsideredReason,
  Outcome,
  ReasonTheme,
  VocabularyKind,
} from "../../graphql/generated/graphql";
import { codeOfMember } from "../../graphql/canonical-code";

/**
 * The vocabularies the settings pages edit, with the canonical values each may map onto (the gateway's enums
 * ReasonTheme, Outcome, Channel, ComplainantRelationship, NotConsideredReason and LgscoDecision in schema.graphql,
 * generated into ../../graphql/generated; the gateway checks them again). An entry's canonical is the stored code
 * (partially_upheld), so the values of the enums named SCREAMING_SNAKE on the wire are given as their codes.
 */
export interface VocabularyPageConfig {
  kind: VocabularyKind;
  slug: string;
  title: string;
  singular: string;
  canonical: readonly string[];
  tree: boolean;
  /** The canonical value whose entries are the council's own grounds and name the local policy that gives them. */
  policyFor?: string;
}

// The canonical values come from the schema's enums (generated), in the schema's order, as the stored codes that
// vocabulary entries carry (an entry's `canonical` is a String, not the enum).
const codesOf = (values: Record<string, string>) => Object.values(values).map(codeOfMember);
const THEMES = codesOf(ReasonTheme);
const OUTCOMES = codesOf(Outcome);
const CHANNELS = codesOf(Channel);
const RELATIONSHIPS = codesOf(ComplainantRelationship);
const NOT_CONSIDERED = codesOf(NotConsideredReason);
const LGSCO = codesOf(LgscoDecision);

export const VOCABULARY_PAGES: readonly VocabularyPageConfig[] = [
  { kind: VocabularyKind.ReasonTaxonomy, slug: "taxonomy", title: "Reason taxonomy", singular: "reason", canonical: THEMES, tree: true },
  { kind: VocabularyKind.Outcome, slug: "outcomes", title: "Outcome labels", singular: "outcome label", canonical: OUTCOMES, tree: false },
  { kind: VocabularyKind.Channel, slug: "channels", title: "Channels", singular: "channel", canonical: CHANNELS, tree: false },
  {
    kind: VocabularyKind.ComplainantType,
    slug: "complainant-types",
    title: "Complainant types",
    singular: "complainant type",
    canonical: RELATIONSHIPS,
    tree: false,
  },
  {
    kind: VocabularyKind.NotConsideredReason,
    slug: "not-considered-reasons",
    title: "Reasons not considered",
    singular: "reason",
    canonical: NOT_CONSIDERED,
    tree: false,
    policyFor: codeOfMember(NotConsideredReason.Other),
  },
  {
    kind: VocabularyKind.LgscoDecision,
    slug: "lgsco-decisions",
    title: "LGSCO decision wording",
    singular: "decision",
    canonical: LGSCO,
    tree: false,
  },
];

export function versionStatus(version: { inForce: boolean; effectiveTo: string | null }): { text: string; colour: "green" | "blue" | "grey" } {
  if (version.inForce) return { text: "In force", colour: "green" };
  if (version.effectiveTo === null) return { text: "Scheduled", colour: "blue" };
  return { text: "Ended", colour: "grey" };
}
