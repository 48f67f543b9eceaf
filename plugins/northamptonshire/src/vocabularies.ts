import type { LocalTerm, VocabulariesInput } from "@csc/council-kit";
import type {
  Channel,
  ComplainantRelationship,
  FeedbackKind,
  LgscoDecision,
  NotConsideredReason,
  Outcome,
  ProcedureId,
  ReasonTheme,
  ServiceArea,
} from "@csc/rules";

/**
 * Northamptonshire's local vocabularies (Children, Families & Education directorate), each label exactly as the
 * 2015/16 report (seed 002) writes it and each mapped to one canonical value
 * (packages/rules/src/vocabulary/canonical.ts). Codes are those of the case-system export this adapter reads.
 * Entries the report does not name are marked "assumed" and explained in ../README.md.
 */

/** Seed sections 2 and 5, "Improvements made as a result of feedback": complaints, compliments and negative comments. */
const kinds: readonly LocalTerm<FeedbackKind>[] = [
  { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
  { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
  { code: "COMMENT", label: "Negative comment", canonical: "comment" },
];

/** Seed section 4: the three-stage statutory process (Children Act 1989; SI 2006/1738). */
const procedures: readonly LocalTerm<ProcedureId>[] = [
  { code: "STAT", label: "Children's statutory complaints procedure", canonical: "childrens_statutory" },
];

/**
 * "How have we received complaints?" The report puts the complaint form second and says "followed by completion
 * of our online form": the complaint form is the on-line self-service form, so both it and "Web forms" map to
 * web_form, keeping their own labels.
 */
export const channels: readonly LocalTerm<Channel>[] = [
  { code: "PHONE", label: "Telephone call", canonical: "phone" },
  { code: "FORM", label: "Complaint form", canonical: "web_form" },
  { code: "EMAIL", label: "Email", canonical: "email" },
  { code: "LETTER", label: "Letter", canonical: "letter" },
  { code: "WEB", label: "Web forms", canonical: "web_form" },
  { code: "PERSON", label: "In person", canonical: "in_person" },
];

/** Seed section 3, "Who may complain?" (Children Act 1989 s.26; Adoption and Children Act 2002). */
const complainantTypes: readonly LocalTerm<ComplainantRelationship>[] = [
  { code: "CYP", label: "Child or young person", canonical: "child_or_young_person" },
  { code: "LEAVER", label: "Child leaving care", canonical: "care_leaver" },
  { code: "ADVOCATE", label: "Advocate on behalf of a child or young person", canonical: "advocate" },
  { code: "PARENT", label: "Parent or person with parental responsibility", canonical: "parent" },
  { code: "FOSTER", label: "Local authority foster carer", canonical: "foster_carer" },
  { code: "SGO", label: "Special Guardian", canonical: "special_guardian" },
  { code: "ADOPT", label: "Person wishing to adopt a child", canonical: "adopter" },
  { code: "RELATIVE", label: "Grandparent or other relative", canonical: "other_relative" },
  { code: "INTEREST", label: "Person with sufficient interest in the child's welfare", canonical: "other" },
  { code: "ANON", label: "Anonymous", canonical: "anonymous" },
];

/** "Complaints by Service Area": the directorate's service areas, in the report's order. */
export const serviceAreas: readonly LocalTerm<ServiceArea>[] = [
  { code: "EHP", label: "Early Help & Prevention", canonical: "early_help" },
  { code: "EDU", label: "Education & School Admissions", canonical: "education_other" },
  { code: "LAC", label: "Looked After Children, Corporate Parenting, Fostering and Adoptions", canonical: "children_in_care" },
  { code: "SG", label: "Safeguarding", canonical: "safeguarding_child_protection" },
  { code: "SWA", label: "Social Work Academy", canonical: "safeguarding_child_protection" },
  { code: "TRN", label: "Transitions", canonical: "children_with_disabilities" },
  { code: "SQA", label: "Safeguarding & Quality Assurance Service", canonical: "quality_assurance" },
];

/**
 * Teams, each under its service area: the names "Compliments Activity" and "Complaints from Young People" use.
 * Raven House (a children's home) and UASC (unaccompanied asylum-seeking children) sit in the looked after
 * children service area.
 */
export const teams: readonly LocalTerm<ServiceArea>[] = [
  { code: "SCP", label: "Safeguarding and Care Planning", canonical: "safeguarding_child_protection", parent: "SG" },
  { code: "MASH", label: "MASH", canonical: "front_door_assessment", parent: "SG" },
  { code: "LACT", label: "Looked after Children Teams", canonical: "children_in_care", parent: "LAC" },
  { code: "LEAV", label: "Leaving Care", canonical: "leaving_care", parent: "LAC" },
  { code: "FOST", label: "Fostering Services", canonical: "fostering", parent: "LAC" },
  { code: "ADOP", label: "Adoptions", canonical: "adoption", parent: "LAC" },
  { code: "RAVEN", label: "Raven House", canonical: "residential", parent: "LAC" },
  { code: "UASC", label: "UASC", canonical: "children_in_care", parent: "LAC" },
  { code: "SWA", label: "Social Work Academy", canonical: "safeguarding_child_protection", parent: "SWA" },
  { code: "EHP", label: "Early Help and Prevention", canonical: "early_help", parent: "EHP" },
  { code: "EDU", label: "Education", canonical: "education_other", parent: "EDU" },
  { code: "ADM", label: "School Admissions", canonical: "education_other", parent: "EDU" },
  { code: "TRN", label: "Transitions", canonical: "children_with_disabilities", parent: "TRN" },
  { code: "SQA", label: "Safeguarding and Quality Assurance", canonical: "quality_assurance", parent: "SQA" },
];

/** "How we categorise complaints": the eight categories, in the report's order. */
const reasonCategories: readonly LocalTerm<ReasonTheme>[] = [
  { code: "COMM", label: "Poor/ inadequate communication", canonical: "communication" },
  { code: "DEC", label: "Professional Decision Making", canonical: "decision_making" },
  { code: "CONDUCT", label: "General staff conduct/ attitude", canonical: "staff_attitude_conduct" },
  { code: "POL", label: "Policy/ Procedure", canonical: "policy_not_followed" },
  { code: "BIAS", label: "Bias/ Unfair discrimination", canonical: "discrimination_unfair_treatment" },
  { code: "DATA", label: "Confidentiality/ Data Protection", canonical: "confidentiality_data_protection" },
  { code: "SOS", label: "Standard of Service Provided", canonical: "quality_of_service" },
  { code: "FIN", label: "Financial Issues", canonical: "finance_payments" },
];

/**
 * The reasons under each category, as "How we categorise complaints" lists them. Three are assumed from the
 * report's own words where the categorisation table has no reason for them (README): "Placement decision" and
 * "Change of social worker" ("Complaints from Young People": "placements, changes to social workers") and
 * "Inaccurate information in assessments or reports" ("What are our complaints about?").
 */
export const reasons: readonly LocalTerm<ReasonTheme>[] = [
  { code: "COMM_NOCONTACT", label: "No or delayed contact from Social Worker", canonical: "communication", parent: "COMM" },
  { code: "COMM_LATE", label: "Late call", canonical: "communication", parent: "COMM" },
  { code: "COMM_MISSED", label: "Missed call", canonical: "communication", parent: "COMM" },
  { code: "COMM_UNABLE", label: "Unable to contact Social Worker or appropriate team", canonical: "communication", parent: "COMM" },
  {
    code: "DEC_RELEVANT",
    label: "Failure to consider relevant matters in coming to a decision, or with action taken in implementing that decision",
    canonical: "decision_making",
    parent: "DEC",
  },
  { code: "DEC_PLACEMENT", label: "Placement decision", canonical: "decision_making", parent: "DEC" },
  {
    code: "CONDUCT_BEHAVIOUR",
    label: "Inappropriate behaviour of a Council employee or someone acting on the council's behalf",
    canonical: "staff_attitude_conduct",
    parent: "CONDUCT",
  },
  {
    code: "POL_PROCEDURE",
    label: "Failure to follow agreed council procedure, policy, rules or standards of service",
    canonical: "policy_not_followed",
    parent: "POL",
  },
  { code: "POL_STATUTORY", label: "Council failure to fulfil statutory responsibilities", canonical: "policy_not_followed", parent: "POL" },
  { code: "BIAS_DISCRIMINATION", label: "Discriminatory practice", canonical: "discrimination_unfair_treatment", parent: "BIAS" },
  { code: "BIAS_HARASSMENT", label: "Harassment", canonical: "discrimination_unfair_treatment", parent: "BIAS" },
  { code: "BIAS_MALICE", label: "Malice/ bias when making a decision", canonical: "discrimination_unfair_treatment", parent: "BIAS" },
  { code: "DATA_CONFIDENTIALITY", label: "Breach of confidentiality", canonical: "confidentiality_data_protection", parent: "DATA" },
  { code: "DATA_PROTECTION", label: "Breach of data protection", canonical: "confidentiality_data_protection", parent: "DATA" },
  { code: "SOS_INEFFICIENCY", label: "Staff inefficiency", canonical: "quality_of_service", parent: "SOS" },
  { code: "SOS_EXPECTATION", label: "Service provided did not meet expectation", canonical: "quality_of_service", parent: "SOS" },
  { code: "SOS_SUPPORT", label: "Level of support did not meet expectation", canonical: "quality_of_service", parent: "SOS" },
  { code: "SOS_DELAY", label: "Delays in provision of service", canonical: "delay", parent: "SOS" },
  { code: "SOS_INACCURATE", label: "Inaccurate information in assessments or reports", canonical: "accuracy_of_information", parent: "SOS" },
  { code: "SOS_SWCHANGE", label: "Change of social worker", canonical: "quality_of_service", parent: "SOS" },
  { code: "FIN_DELAY", label: "Delays in payments", canonical: "finance_payments", parent: "FIN" },
  { code: "FIN_MISSED", label: "No/ Missed payments", canonical: "finance_payments", parent: "FIN" },
  { code: "FIN_INVOICE", label: "Invoicing issues", canonical: "finance_payments", parent: "FIN" },
  { code: "FIN_ALLOWANCE", label: "Adoption allowance, Fostering payments", canonical: "finance_payments", parent: "FIN" },
];

/**
 * "Complaint Outcomes": fully / partially / not substantiated. A Stage 1 closed after the responding manager
 * resolved the matter with the customer, with no finding on substantiation, is "Resolved - no finding" (assumed
 * label; the report's outcome table counts only complaints with a finding: README, "Bases").
 */
const outcomes: readonly LocalTerm<Outcome>[] = [
  { code: "FULL", label: "Fully Substantiated", canonical: "upheld" },
  { code: "PART", label: "Partially Substantiated", canonical: "partially_upheld" },
  { code: "NOT", label: "Not Substantiated", canonical: "not_upheld" },
  { code: "RESOLVED", label: "Resolved - no finding", canonical: "no_finding" },
];

/**
 * "Complaint Outcomes": a customer may choose not to pursue a complaint, consent may not be established, or a
 * case already in another process (court proceedings, a police investigation) is declined (SI 2006/1738 reg 8).
 */
const notConsideredReasons: readonly LocalTerm<NotConsideredReason>[] = [
  { code: "NOTPURSUED", label: "Customer chose not to pursue the complaint", canonical: "withdrawn" },
  { code: "NOCONSENT", label: "Necessary consent/ permissions not established", canonical: "other" },
  { code: "COURT", label: "Court proceedings", canonical: "court_proceedings" },
  { code: "POLICE", label: "Police investigation underway", canonical: "police_investigation" },
];

/** "LGO Investigations and Decisions": the Local Government Ombudsman's decisions in the report's words. */
export const lgscoDecisions: readonly LocalTerm<LgscoDecision>[] = [
  { code: "LOCAL", label: "Referred back for local resolution", canonical: "premature" },
  { code: "INITIAL", label: "Closed after initial enquiries", canonical: "closed_after_initial_enquiries" },
  { code: "ADVICE", label: "Closed with advice given", canonical: "advice_given" },
  { code: "INVALID", label: "Incomplete or invalid", canonical: "incomplete_invalid" },
  { code: "NOTUPHELD", label: "Not upheld", canonical: "not_upheld" },
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
];

/** Every vocabulary, in the shape defineCouncil takes. */
export const vocabularies: VocabulariesInput = {
  kinds: [...kinds],
  procedures: [...procedures],
  channels: [...channels],
  complainantTypes: [...complainantTypes],
  serviceAreas: [...serviceAreas],
  teams: [...teams],
  reasonCategories: [...reasonCategories],
  reasons: [...reasons],
  outcomes: [...outcomes],
  notConsideredReasons: [...notConsideredReasons],
  lgscoDecisions: [...lgscoDecisions],
};
