import type { LocalTerm, VocabulariesInput } from "@csc/council-kit";
import type { Channel, ComplainantRelationship, FeedbackKind, LgscoDecision, Outcome, ReasonTheme, ServiceArea } from "@csc/rules";
import { causes, themes } from "./causes";

/**
 * Somerset's local vocabularies, each label exactly as the 2016/17 report (seed 004) prints it, each mapped to one
 * canonical value (packages/rules/src/vocabulary/canonical.ts). Codes are those of the iCasework export this
 * adapter reads (./export-format.ts). Mapping decisions are explained in ../README.md.
 */

/** Introduction ("SCC defines customer feedback as follows") and section 1.1. */
const kinds: readonly LocalTerm<FeedbackKind>[] = [
  { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
  { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
  { code: "COMMENT", label: "Comment", canonical: "comment" },
  { code: "MEMBER", label: "Member Enquiry", canonical: "member_enquiry" },
];

/** Section 3.4, "Contact Channel Used". */
export const channels: readonly LocalTerm<Channel>[] = [
  { code: "PHONE", label: "Phone", canonical: "phone" },
  { code: "EMAIL", label: "Email", canonical: "email" },
  { code: "LETTER", label: "Letter", canonical: "letter" },
  { code: "SELFSERVICE", label: "Self-Service", canonical: "web_form" },
  { code: "FORM", label: "Form", canonical: "paper_form" },
  { code: "INPERSON", label: "In Person", canonical: "in_person" },
  { code: "TEXT", label: "Text", canonical: "text" },
];

/**
 * Section 3.4, "Customer Profiles": parents, guardians, carers or foster parents; children (in care, previously in
 * care or leaving care); an advocate or Independent Safeguarding Reviewing Officer; 'other' or 'resident'.
 */
export const customerTypes: readonly LocalTerm<ComplainantRelationship>[] = [
  { code: "PARENT", label: "Parent", canonical: "parent" },
  { code: "GUARDIAN", label: "Guardian", canonical: "special_guardian" },
  { code: "CARER", label: "Carer", canonical: "kinship_carer" },
  { code: "FOSTER", label: "Foster parent", canonical: "foster_carer" },
  { code: "CHILDINCARE", label: "Child in care", canonical: "child_or_young_person" },
  { code: "PREVINCARE", label: "Previously in care", canonical: "care_leaver" },
  { code: "LEAVINGCARE", label: "Leaving care", canonical: "care_leaver" },
  { code: "ADVOCATE", label: "Advocate", canonical: "advocate" },
  { code: "ISRO", label: "Independent Safeguarding Reviewing Officer", canonical: "professional" },
  { code: "OTHER", label: "Other", canonical: "other" },
  { code: "RESIDENT", label: "Resident", canonical: "other" },
];

/** The four customer groups section 3.4 reports, by the local customer types in each. */
export const CUSTOMER_GROUPS = {
  parentsAndCarers: ["PARENT", "GUARDIAN", "CARER", "FOSTER"],
  children: ["CHILDINCARE", "PREVINCARE", "LEAVINGCARE"],
  advocates: ["ADVOCATE", "ISRO"],
  otherOrResident: ["OTHER", "RESIDENT"],
} as const;

/**
 * Service areas and teams (sections 3.5, 4 and 6): the four geographical areas and the county-wide services. The
 * report mentions no renames in 2014-2017, so every team is in force for the whole period.
 */
export const teams: readonly LocalTerm<ServiceArea>[] = [
  { code: "FR", label: "First Response", canonical: "front_door_assessment" },
  { code: "FAR", label: "Fostering, Adoption & Residential", canonical: "fostering" },
  { code: "UNASSIGNED", label: "Unassigned", canonical: "unassigned" },
  { code: "SCQA", label: "Safeguarding, Care & Quality Assurance", canonical: "quality_assurance" },
  { code: "DIS", label: "Disabilities", canonical: "children_with_disabilities" },
  { code: "TWS", label: "Taunton & West Somerset", canonical: "safeguarding_child_protection" },
  { code: "SEDGEMOOR", label: "Sedgemoor", canonical: "safeguarding_child_protection" },
  { code: "LC", label: "Leaving Care", canonical: "leaving_care" },
  { code: "MENDIP", label: "Mendip", canonical: "safeguarding_child_protection" },
  { code: "SS", label: "South Somerset", canonical: "safeguarding_child_protection" },
];

/** Section 3.3, "Outcomes": the outcome of each stage, and of the case when it closed. */
const outcomes: readonly LocalTerm<Outcome>[] = [
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
  { code: "NOTUPHELD", label: "Not Upheld", canonical: "not_upheld" },
  { code: "PARTIAL", label: "Partially Upheld", canonical: "partially_upheld" },
  { code: "RUR", label: "Resolved Upon Receipt", canonical: "resolved_on_receipt" },
  { code: "WITHDRAWN", label: "Case Withdrawn/Rejected", canonical: "withdrawn" },
];

/**
 * The Ombudsman's decisions as iCasework records them. Section 3.8 reports "Both cases were upheld"; the other
 * wording is the LGO's own published categories.
 */
const lgoDecisions: readonly LocalTerm<LgscoDecision>[] = [
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
  { code: "NOTUPHELD", label: "Not upheld", canonical: "not_upheld" },
  { code: "CLOSED", label: "Closed after initial enquiries", canonical: "closed_after_initial_enquiries" },
  { code: "PREMATURE", label: "Premature", canonical: "premature" },
  { code: "ADVICE", label: "Advice given", canonical: "advice_given" },
  { code: "OUTOFJURISDICTION", label: "Out of Jurisdiction", canonical: "out_of_jurisdiction" },
];

/** Section 4, "Cause of satisfaction" (compliments); local only. "Staff Knowledge" and "Staff knowledge" are one cause. */
export const causesOfSatisfaction = [
  { code: "DIFFERENCE", label: "Service made a difference" },
  { code: "QUALITY", label: "Quality of service" },
  { code: "CARE", label: "Customer care" },
  { code: "INFO", label: "Quality of information and advice" },
  { code: "KNOWLEDGE", label: "Staff knowledge" },
  { code: "PROMPT", label: "Prompt Communication" },
  { code: "CONDUCT", label: "Staff conduct other" },
  { code: "QUALITYOTHER", label: "Service quality other" },
  { code: "AVAILABILITY", label: "Availability of service" },
  { code: "NOTGIVEN", label: "Not given" },
] as const;

/** Section 3.4: ethnicity and age as iCasework records them (local only; blank when not recorded). */
const ethnicities = [
  { code: "WHITEBRITISH", label: "White British" },
  { code: "WHITEOTHER", label: "White other" },
  { code: "MIXED", label: "Mixed" },
  { code: "ASIAN", label: "Asian or Asian British" },
  { code: "BLACK", label: "Black or Black British" },
  { code: "PNS", label: "Prefer not to say" },
] as const;
const ageGroups = [
  { code: "UNDER18", label: "Under 18" },
  { code: "OVER18", label: "Over 18" },
  { code: "PNS", label: "Prefer not to say" },
] as const;

const mapped = <C extends string>(list: readonly LocalTerm<C>[]) => list.map((t) => ({ ...t }));

/** Every vocabulary, in the shape defineCouncil takes. */
export const vocabularies: VocabulariesInput = {
  kinds: mapped(kinds),
  procedures: [{ code: "CSC", label: "Children's Social Care (statutory)", canonical: "childrens_statutory" }],
  channels: mapped(channels),
  complainantTypes: mapped(customerTypes),
  teams: mapped(teams),
  reasonCategories: mapped<ReasonTheme>(themes),
  reasons: mapped<ReasonTheme>(causes),
  outcomes: mapped(outcomes),
  lgscoDecisions: mapped(lgoDecisions),
  equalities: { ethnicity: ethnicities.map((e) => ({ ...e })), ageBand: ageGroups.map((a) => ({ ...a })) },
  localDimensions: {
    causeOfSatisfaction: causesOfSatisfaction.map((c) => ({ ...c })),
    caseOutcome: outcomes.map(({ code, label }) => ({ code, label })),
  },
};
