import type { VocabularyKind } from "../../graphql/settings-operations";

/**
 * The vocabularies the settings pages edit, with the canonical values each may map onto (the gateway's enums
 * ReasonTheme, Outcome, Channel, ComplainantRelationship, NotConsideredReason and LgscoDecision in schema.graphql;
 * the gateway checks them again).
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

const THEMES = [
  "communication",
  "staff_attitude_conduct",
  "decision_making",
  "quality_of_service",
  "delay",
  "service_not_delivered",
  "policy_not_followed",
  "discrimination_unfair_treatment",
  "confidentiality_data_protection",
  "finance_payments",
  "accuracy_of_information",
  "contact_arrangements",
  "other",
  "not_recorded",
] as const;
const OUTCOMES = [
  "upheld",
  "partially_upheld",
  "not_upheld",
  "no_finding",
  "withdrawn",
  "discontinued",
  "not_considered",
  "resolved_on_receipt",
  "no_response_recorded",
] as const;
const CHANNELS = ["phone", "email", "letter", "paper_form", "web_form", "in_person", "text", "app", "via_advocate"] as const;
const RELATIONSHIPS = [
  "child_or_young_person",
  "care_leaver",
  "parent",
  "other_relative",
  "foster_carer",
  "special_guardian",
  "kinship_carer",
  "adopter",
  "advocate",
  "professional",
  "councillor_or_mp",
  "other",
  "anonymous",
] as const;
const NOT_CONSIDERED = [
  "court_proceedings",
  "out_of_time",
  "another_organisation",
  "insufficient_evidence",
  "no_sufficient_interest",
  "police_investigation",
  "withdrawn",
  "other",
] as const;
const LGSCO = [
  "upheld",
  "not_upheld",
  "closed_after_initial_enquiries",
  "premature",
  "advice_given",
  "incomplete_invalid",
  "out_of_jurisdiction",
  "not_investigated",
] as const;

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
    policyFor: "other",
  },
  { kind: "lgsco_decision", slug: "lgsco-decisions", title: "LGSCO decision wording", singular: "decision", canonical: LGSCO, tree: false },
];

export function versionStatus(version: { inForce: boolean; effectiveTo: string | null }): { text: string; colour: "green" | "blue" | "grey" } {
  if (version.inForce) return { text: "In force", colour: "green" };
  if (version.effectiveTo === null) return { text: "Scheduled", colour: "blue" };
  return { text: "Ended", colour: "grey" };
}
