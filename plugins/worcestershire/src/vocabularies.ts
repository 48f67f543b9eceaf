import type { VocabulariesInput } from "@csc/council-kit";
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
 * Worcestershire's vocabularies, exactly as its 2021/22 annual report publishes them (seed sections in
 * brackets), each mapped to ONE canonical value (packages/rules/src/vocabulary/canonical.ts). Codes are the
 * ones the case-system export carries (see ./importer.ts); labels are the report's words.
 */

/** One local entry, typed by the canonical list it maps onto (so a wrong canonical value fails to compile). */
interface Entry<C extends string> {
  readonly code: string;
  readonly label: string;
  readonly canonical: C;
  readonly parent?: string;
  readonly renamedFrom?: string;
}

/** Kinds of feedback the report counts (7.1 complaints and LGO cases, 16.1 compliments). */
const kinds: readonly Entry<FeedbackKind>[] = [
  { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
  { code: "LGO", label: "Local Government and Social Care Ombudsman", canonical: "lgsco_enquiry" },
  { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
];

const procedures: readonly Entry<ProcedureId>[] = [
  {
    code: "CSC-STATUTORY",
    label: "Children's Social Care Statutory Representations Procedure",
    canonical: "childrens_statutory",
  },
];

/**
 * "Nature of Complaints" (8.1): one level, several per complaint (the report's totals exceed the number of
 * complaints). Worcestershire records the complaint points identified by Worcestershire Children First.
 */
export const reasonCategories: readonly Entry<ReasonTheme>[] = [
  { code: "COMMUNICATION", label: "General lack of Communication", canonical: "communication" },
  { code: "INFO-SHARING", label: "Inadequate Information Sharing", canonical: "communication" },
  { code: "STAFF-ATTITUDE", label: "Staff Attitude / Behaviour", canonical: "staff_attitude_conduct" },
  { code: "DECISION-MAKING", label: "Decision Making", canonical: "decision_making" },
  { code: "DISCRIMINATION", label: "Discrimination", canonical: "discrimination_unfair_treatment" },
  { code: "ASSESSED-SERVICE", label: "Lack or delay in providing assessed service", canonical: "service_not_delivered" },
  { code: "ASSESSMENT-QUALITY", label: "Quality and Timeliness of social worker assessment", canonical: "quality_of_service" },
  { code: "PRACTICE-NON-COMPLIANT", label: "Practice Non-Compliant", canonical: "policy_not_followed" },
];

/** Stage 1 (9.1) and Stage 2 (10.1) outcome labels; the two stages use different words. */
export const outcomes: readonly Entry<Outcome>[] = [
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
  { code: "PARTIALLY-UPHELD", label: "Partially Upheld", canonical: "partially_upheld" },
  { code: "NOT-UPHELD", label: "Not Upheld", canonical: "not_upheld" },
  { code: "NO-FINDING", label: "No finding", canonical: "no_finding" },
  // 9.3: suspended "when further information is required from the complainant or when court proceedings are
  // underway"; recorded as the Stage 1 result when consideration stopped there (SI 2006/1738 reg 8).
  { code: "SUSPENDED", label: "Suspended", canonical: "not_considered" },
  { code: "DISCONTINUED-WITHDRAWN", label: "Discontinued / Withdrawn", canonical: "withdrawn" },
  { code: "NO-RESPONSE", label: "No Stage 1 response", canonical: "no_response_recorded" },
  // A response was sent but no finding was recorded against it.
  { code: "RESPONDED", label: "Responded", canonical: "no_finding" },
  { code: "S2-UPHELD", label: "Complaint Fully Upheld", canonical: "upheld" },
  { code: "S2-PARTIALLY-UPHELD", label: "Complaint Partially Upheld", canonical: "partially_upheld" },
  { code: "S2-NOT-UPHELD", label: "Complaint Not Upheld", canonical: "not_upheld" },
  { code: "S2-DISCONTINUED", label: "Discontinued", canonical: "discontinued" },
];

/** The "Children Services Team" rows of 7.1: the service areas a complaint is counted under. */
export const serviceAreas: readonly Entry<ServiceArea>[] = [
  { code: "FFD", label: "Family Front Door", canonical: "front_door_assessment" },
  { code: "ADOPTION", label: "Adoption (now ACE ¹)", canonical: "adoption" },
  { code: "ADV-PRACT", label: "Advanced Practitioners", canonical: "quality_assurance" },
  { code: "CWD", label: "Children with Disabilities", canonical: "children_with_disabilities" },
  { code: "FOST-KIN", label: "Fostering & Kinship", canonical: "fostering" },
  { code: "SAFEGUARDING", label: "Safeguarding Teams", canonical: "safeguarding_child_protection" },
  { code: "SQA", label: "Safeguarding and Quality Assurance", canonical: "quality_assurance" },
  { code: "SUPPORT", label: "Support Services (including Supervised Contact)", canonical: "children_in_care" },
  { code: "RES-COMM", label: "Residential and Commissioning", canonical: "residential" },
  { code: "TEH-TFS", label: "Targeted Early Help / Targeted Family Support", canonical: "early_help" },
  { code: "THROUGH-CARE", label: "Through Care", canonical: "leaving_care" },
];

/**
 * Teams cases are recorded against, each under its service area (parent). The LGO paragraphs (5.1–5.2), review
 * panels (11.1) and compliments (16.1) name teams more finely than the 7.1 table: "Assessment Teams" are
 * counted under Family Front Door there, "Child Protection Chairs and LADO" and "QA and Independent Review"
 * under Safeguarding and Quality Assurance. Adoption is now ACE, the regional adoption agency (7.1 footnote ¹):
 * the seed does not date the change, so both codes stay valid and ACE records its predecessor.
 */
const teams: readonly Entry<ServiceArea>[] = [
  { code: "FFD", label: "Family Front Door", canonical: "front_door_assessment", parent: "FFD" },
  { code: "ASSESSMENT", label: "Assessment Teams", canonical: "front_door_assessment", parent: "FFD" },
  { code: "ADOPTION", label: "Adoption", canonical: "adoption", parent: "ADOPTION" },
  { code: "ACE", label: "ACE (regional adoption agency)", canonical: "adoption", parent: "ADOPTION", renamedFrom: "ADOPTION" },
  { code: "ASWP", label: "Advanced Social Work Practitioners", canonical: "quality_assurance", parent: "ADV-PRACT" },
  { code: "CWD", label: "Children with Disabilities", canonical: "children_with_disabilities", parent: "CWD" },
  { code: "FOST-KIN", label: "Fostering & Kinship", canonical: "fostering", parent: "FOST-KIN" },
  { code: "SAFEGUARDING", label: "Safeguarding", canonical: "safeguarding_child_protection", parent: "SAFEGUARDING" },
  { code: "QA-IR", label: "QA and Independent Review", canonical: "quality_assurance", parent: "SQA" },
  {
    code: "CP-LADO",
    label: "Child Protection Chairs and Local Authority Designated Officer",
    canonical: "quality_assurance",
    parent: "SQA",
  },
  { code: "SUPPORT", label: "Support Services (including Supervised Contact)", canonical: "children_in_care", parent: "SUPPORT" },
  { code: "RES-COMM", label: "Residential and Commissioning", canonical: "residential", parent: "RES-COMM" },
  { code: "TEH", label: "Targeted Early Help", canonical: "early_help", parent: "TEH-TFS" },
  { code: "TFS", label: "Targeted Family Support", canonical: "early_help", parent: "TEH-TFS" },
  { code: "THROUGH-CARE", label: "Through Care Service", canonical: "leaving_care", parent: "THROUGH-CARE" },
];

/** Team codes under each 7.1 service-area row (the team table counts a complaint under its service area). */
export function teamsUnder(serviceArea: string): string[] {
  return teams.filter((t) => t.parent === serviceArea).map((t) => t.code);
}

/**
 * How feedback arrives. The report does not publish channels (12.6 only mentions complaints "not coming in
 * through the correct channels"); these are the export's codes so the records keep the fact.
 */
const channels: readonly Entry<Channel>[] = [
  { code: "EMAIL", label: "Email", canonical: "email" },
  { code: "PHONE", label: "Telephone", canonical: "phone" },
  { code: "LETTER", label: "Letter", canonical: "letter" },
  { code: "ONLINE", label: "Online form", canonical: "web_form" },
  { code: "IN-PERSON", label: "In person", canonical: "in_person" },
  { code: "ADVOCATE", label: "Via advocate", canonical: "via_advocate" },
];

/** Who may complain (1.2) and the age groups of young complainants the advocacy paragraphs count (15.2–15.3). */
const complainantTypes: readonly Entry<ComplainantRelationship>[] = [
  { code: "CYP", label: "Child or young person (0-17)", canonical: "child_or_young_person" },
  { code: "YP-18-24", label: "Young person (18-24)", canonical: "care_leaver" },
  { code: "PARENT", label: "Parent", canonical: "parent" },
  { code: "PR", label: "Person with parental responsibility", canonical: "other_relative" },
  { code: "FOSTER-CARER", label: "Foster carer", canonical: "foster_carer" },
  { code: "SGO", label: "Special Guardian", canonical: "special_guardian" },
  { code: "SUFFICIENT-INTEREST", label: "Other person with sufficient interest", canonical: "other" },
];

/** The LGO's decisions in the report's words (5.2). */
const lgscoDecisions: readonly Entry<LgscoDecision>[] = [
  { code: "CAII-OOJ", label: "Closed after Initial Inquiries: Out of Jurisdiction", canonical: "out_of_jurisdiction" },
  { code: "CAIINV-NFA", label: "Closed after Initial Investigation: No further action", canonical: "closed_after_initial_enquiries" },
  { code: "CAIINV-OOJ", label: "Closed after Initial Investigation: Out of Jurisdiction", canonical: "out_of_jurisdiction" },
  { code: "UPHELD-MI", label: "Upheld: Maladministration and Injustice", canonical: "upheld" },
  { code: "NOT-UPHELD-NFA", label: "Not Upheld: No further action", canonical: "not_upheld" },
  { code: "NOT-UPHELD-NM", label: "Not Upheld: No Maladministration", canonical: "not_upheld" },
];

/** Why a complaint is not considered (3.4 one-year limit; 9.3 court proceedings). */
const notConsideredReasons: readonly Entry<NotConsideredReason>[] = [
  { code: "OUT-OF-TIME", label: "Made more than one year after the grounds arose", canonical: "out_of_time" },
  { code: "COURT", label: "Court proceedings underway", canonical: "court_proceedings" },
];

/** Age groups the advocacy paragraphs use (15.2–15.3). */
export const ageBands: readonly { code: string; label: string }[] = [
  { code: "0-17", label: "Children and young people (0-17)" },
  { code: "18-24", label: "Young people (18-24)" },
];

export const vocabularies: VocabulariesInput = {
  kinds: [...kinds],
  procedures: [...procedures],
  reasonCategories: [...reasonCategories],
  outcomes: [...outcomes],
  serviceAreas: [...serviceAreas],
  teams: [...teams],
  channels: [...channels],
  complainantTypes: [...complainantTypes],
  lgscoDecisions: [...lgscoDecisions],
  notConsideredReasons: [...notConsideredReasons],
  equalities: { ageBand: [...ageBands] },
};
