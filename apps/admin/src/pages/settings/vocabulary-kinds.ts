import {
  Channel,
  ComplainantRelationship,
  LgscoDecision,
  NotConsideredReason,
  Outcome,
  ReasonTheme,
  type VocabularyKind,
} from "../../graphql/generated/graphql";
import { storedCode, storedCodes } from "../../graphql/stored-code";

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

// The canonical values come from the schema's enums (generated), in the schema's order.
const THEMES = Object.values(ReasonTheme);
const OUTCOMES = storedCodes(Outcome);
const CHANNELS = Object.values(Channel);
const RELATIONSHIPS = Object.values(ComplainantRelationship);
const NOT_CONSIDERED = storedCodes(NotConsideredReason);
const LGSCO = storedCodes(LgscoDecision);

export const VOCABULARY_PAGES: readonly VocabularyPageConfig[] = [
  { kind: "reason_taxonomy", slug: "taxonomy", title: "Reason taxonomy", singular: "reason", canonical: THEMES, tree: true },
  { kind: "outcome", slug: "outcomes", title: "Outcome labels", singular: "outcome label", canonical: OUTCOMES, tree: false },
  { kind: "channel", slug: "channels", title: "Channels", singular: "channel", canonical: CHANNELS, tree: false },
  {
    kind: "complainant_type",
    slug: "complainant-types",
    title: "Complainant types",
    singular: "complainant type",
    canonical: RELATIONSHIPS,
    tree: false,
  },
  {
    kind: "not_considered_reason",
    slug: "not-considered-reasons",
    title: "Reasons not considered",
    singular: "reason",
    canonical: NOT_CONSIDERED,
    tree: false,
    policyFor: storedCode(NotConsideredReason.Other),
  },
  { kind: "lgsco_decision", slug: "lgsco-decisions", title: "LGSCO decision wording", singular: "decision", canonical: LGSCO, tree: false },
];

export function versionStatus(version: { inForce: boolean; effectiveTo: string | null }): { text: string; colour: "green" | "blue" | "grey" } {
  if (version.inForce) return { text: "In force", colour: "green" };
  if (version.effectiveTo === null) return { text: "Scheduled", colour: "blue" };
  return { text: "Ended", colour: "grey" };
}
