import { z } from "zod";

/**
 * The canonical vocabulary (../shared/docs/domain.md). Every local label of every council maps onto exactly
 * one of these values, so the core can compute measures and compare councils without knowing any council.
 */

export const FEEDBACK_KINDS = ["complaint", "informal_resolution", "comment", "compliment", "signpost", "member_enquiry", "lgsco_enquiry"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Which procedure a complaint runs under. */
export const PROCEDURES = ["childrens_statutory", "corporate", "adult_social_care", "public_health"] as const;
export type ProcedureId = (typeof PROCEDURES)[number];

export const STAGES = ["stage1", "stage2", "stage3"] as const;
export type Stage = (typeof STAGES)[number];

export const OUTCOMES = [
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
export type Outcome = (typeof OUTCOMES)[number];

export const NOT_CONSIDERED_REASONS = [
  "court_proceedings",
  "out_of_time",
  "another_organisation",
  "insufficient_evidence",
  "no_sufficient_interest",
  "police_investigation",
  "withdrawn",
  "other",
] as const;
export type NotConsideredReason = (typeof NOT_CONSIDERED_REASONS)[number];

export const REASON_THEMES = [
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
export type ReasonTheme = (typeof REASON_THEMES)[number];

export const COMPLAINANT_RELATIONSHIPS = [
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
export type ComplainantRelationship = (typeof COMPLAINANT_RELATIONSHIPS)[number];

export const CHANNELS = ["phone", "email", "letter", "paper_form", "web_form", "in_person", "text", "app", "via_advocate"] as const;
export type Channel = (typeof CHANNELS)[number];

export const SERVICE_AREAS = [
  "front_door_assessment",
  "safeguarding_child_protection",
  "children_in_care",
  "leaving_care",
  "fostering",
  "adoption",
  "children_with_disabilities",
  "early_help",
  "residential",
  "quality_assurance",
  "youth_support",
  "education_other",
  "unassigned",
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const LGSCO_DECISIONS = [
  "upheld",
  "not_upheld",
  "closed_after_initial_enquiries",
  "premature",
  "advice_given",
  "incomplete_invalid",
  "out_of_jurisdiction",
  "not_investigated",
] as const;
export type LgscoDecision = (typeof LGSCO_DECISIONS)[number];

/**
 * The Ombudsman's decisions that send a complaint back without deciding it: premature (the council's procedure
 * had not finished) and incomplete or invalid. After one of these the complainant may come to the Ombudsman again;
 * after any other decision the Ombudsman has dealt with the complaint, so no further referral is recorded.
 */
export const LGSCO_DECISIONS_ALLOWING_RETURN: ReadonlySet<LgscoDecision> = new Set<LgscoDecision>(["premature", "incomplete_invalid"]);

export const LGSCO_REMEDIES = ["apology", "financial_remedy", "service_improvement", "procedure_change", "other"] as const;
export type LgscoRemedy = (typeof LGSCO_REMEDIES)[number];

/** Answers to equalities questions may always be "not given". */
export const NOT_GIVEN = "not_given" as const;

export const feedbackKindSchema = z.enum(FEEDBACK_KINDS);
export const procedureIdSchema = z.enum(PROCEDURES);
export const stageSchema = z.enum(STAGES);
export const outcomeSchema = z.enum(OUTCOMES);
export const notConsideredReasonSchema = z.enum(NOT_CONSIDERED_REASONS);
export const reasonThemeSchema = z.enum(REASON_THEMES);
export const complainantRelationshipSchema = z.enum(COMPLAINANT_RELATIONSHIPS);
export const channelSchema = z.enum(CHANNELS);
export const serviceAreaSchema = z.enum(SERVICE_AREAS);
export const lgscoDecisionSchema = z.enum(LGSCO_DECISIONS);
export const lgscoRemedySchema = z.enum(LGSCO_REMEDIES);

/** Every canonical dimension with its values, for adapters and for the analytics schema. */
export const CANONICAL_VOCABULARIES = {
  feedbackKind: FEEDBACK_KINDS,
  procedure: PROCEDURES,
  stage: STAGES,
  outcome: OUTCOMES,
  notConsideredReason: NOT_CONSIDERED_REASONS,
  reasonTheme: REASON_THEMES,
  complainantRelationship: COMPLAINANT_RELATIONSHIPS,
  channel: CHANNELS,
  serviceArea: SERVICE_AREAS,
  lgscoDecision: LGSCO_DECISIONS,
  lgscoRemedy: LGSCO_REMEDIES,
} as const;
export type CanonicalVocabulary = keyof typeof CANONICAL_VOCABULARIES;
