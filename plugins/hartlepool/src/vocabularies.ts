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
 * Hartlepool's local vocabularies, each label exactly as the council writes it, each mapped to one canonical
 * value (packages/rules/src/vocabulary/canonical.ts). Where the 2020/21 report (seed 003) publishes a label it is
 * used verbatim and the section is cited; the rest are the codes of the case-system export this adapter reads
 * (see ../README.md, "Vocabulary mapping decisions").
 */

/** Record types in the export. Seed §1 and §7: complaints, compliments (and representations). */
const kinds: readonly LocalTerm<FeedbackKind>[] = [
  { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
  { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
  { code: "COMMENT", label: "Comment", canonical: "comment" },
  { code: "MEMBER", label: "Member enquiry", canonical: "member_enquiry" },
];

/** Procedures: seed §3 (children's social care, SI 2006/1738) and §4 (public health, 2012 Regulations). */
const procedures: readonly LocalTerm<ProcedureId>[] = [
  { code: "CSC", label: "Children's social care (statutory)", canonical: "childrens_statutory" },
  { code: "PH", label: "Public health", canonical: "public_health" },
  { code: "CORP", label: "Corporate", canonical: "corporate" },
];

/** How a complaint was made. Seed §2.1: "in person, in writing, by telephone or email or through the council's website". */
const channels: readonly LocalTerm<Channel>[] = [
  { code: "INPERSON", label: "In person", canonical: "in_person" },
  { code: "LETTER", label: "In writing", canonical: "letter" },
  { code: "PHONE", label: "Telephone", canonical: "phone" },
  { code: "EMAIL", label: "Email", canonical: "email" },
  { code: "WEB", label: "Council's website", canonical: "web_form" },
  { code: "ADVOCATE", label: "Through an advocate", canonical: "via_advocate" },
];

/** Who complained (or complimented). Seed §2.2, §7.2 ("parent", "grandparent", "connected carer", "child") and Appendix A. */
const complainantTypes: readonly LocalTerm<ComplainantRelationship>[] = [
  { code: "PARENT", label: "Parent", canonical: "parent" },
  { code: "GRANDPARENT", label: "Grandparent", canonical: "other_relative" },
  { code: "CONNECTED", label: "Connected carer", canonical: "kinship_carer" },
  { code: "CHILD", label: "Child", canonical: "child_or_young_person" },
  { code: "YOUNGPERSON", label: "Young person", canonical: "child_or_young_person" },
  { code: "FOSTER", label: "Foster carer", canonical: "foster_carer" },
  { code: "SGO", label: "Special Guardian", canonical: "special_guardian" },
  { code: "PROFESSIONAL", label: "Another professional", canonical: "professional" },
  { code: "GUARDIAN", label: "Children's Guardian", canonical: "professional" },
  { code: "OTHER", label: "Anyone affected by the service", canonical: "other" },
];

/**
 * Teams. The report names no team table; these are the service areas its Appendices name (Social Worker teams,
 * Independent Reviewing Officers in Quality and Review, Support Workers, foster carers) as the export codes them.
 * No renames are mentioned in the seed, so every team is effective for the whole period.
 */
const teams: readonly LocalTerm<ServiceArea>[] = [
  { code: "HUB", label: "Children's Hub", canonical: "front_door_assessment" },
  { code: "SAFEGUARDING", label: "Safeguarding, Assessment and Support", canonical: "safeguarding_child_protection" },
  { code: "CIOC", label: "Children in Our Care", canonical: "children_in_care" },
  { code: "THROUGHCARE", label: "Through Care", canonical: "leaving_care" },
  { code: "FOSTERING", label: "Fostering", canonical: "fostering" },
  { code: "DISABILITY", label: "Children with Disabilities", canonical: "children_with_disabilities" },
  { code: "EARLYHELP", label: "Early Help", canonical: "early_help" },
  { code: "QR", label: "Quality and Review", canonical: "quality_assurance" },
  { code: "PUBLICHEALTH", label: "Public Health", canonical: "education_other" },
];

/**
 * What each point of complaint is about. The report publishes no reason table; the export's subject codes are the
 * matters Appendix B describes (a Social Worker's way of working, data protection, contact, a report provided
 * late, care and conduct of carers, supervision, court proceedings).
 */
const reasons: readonly LocalTerm<ReasonTheme>[] = [
  { code: "PRACTICE", label: "Social Worker's way of working", canonical: "quality_of_service" },
  { code: "CONDUCT", label: "Conduct of staff or carers", canonical: "staff_attitude_conduct" },
  { code: "COMMS", label: "Communication", canonical: "communication" },
  { code: "DATA", label: "Data protection", canonical: "confidentiality_data_protection" },
  { code: "CONTACT", label: "Contact arrangements", canonical: "contact_arrangements" },
  { code: "DELAY", label: "Information provided late", canonical: "delay" },
  { code: "DECISION", label: "Decision or assessment", canonical: "decision_making" },
  { code: "COURT", label: "Court proceedings", canonical: "decision_making" },
  { code: "OTHER", label: "Other", canonical: "other" },
];

/** Outcome labels per stage. Seed §7.2 ("withdrawn ... by the Council"), §7.6 ("not upheld"), Appendix B ("partly upheld"). */
const outcomes: readonly LocalTerm<Outcome>[] = [
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
  { code: "PARTLY", label: "Partly upheld", canonical: "partially_upheld" },
  { code: "NOTUPHELD", label: "Not upheld", canonical: "not_upheld" },
  { code: "WDCOUNCIL", label: "Withdrawn by the Council", canonical: "discontinued" },
  { code: "WDCOMPLAINANT", label: "Withdrawn by the complainant", canonical: "withdrawn" },
];

/** Why a complaint was not considered further. Seed §7.2, the four bullets. */
const notConsideredReasons: readonly LocalTerm<NotConsideredReason>[] = [
  { code: "COURT", label: "Ongoing or concluded court proceedings", canonical: "court_proceedings" },
  { code: "NOENGAGE", label: "Withdrawn by the Council (complainant did not engage)", canonical: "withdrawn" },
  { code: "ANECDOTAL", label: "Based on anecdotal evidence", canonical: "insufficient_evidence" },
  { code: "OTHERORG", label: "Related to another organisation", canonical: "another_organisation" },
];

/**
 * LGSCO decision wording. Seed §7.4 reports none for 2020/21; these are the LGSCO's own published categories,
 * which Hartlepool's export records verbatim.
 */
const lgscoDecisions: readonly LocalTerm<LgscoDecision>[] = [
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
  { code: "NOTUPHELD", label: "Not upheld", canonical: "not_upheld" },
  { code: "CLOSED", label: "Closed after initial enquiries", canonical: "closed_after_initial_enquiries" },
  { code: "PREMATURE", label: "Referred back for local resolution", canonical: "premature" },
  { code: "ADVICE", label: "Advice given", canonical: "advice_given" },
  { code: "INVALID", label: "Incomplete/Invalid", canonical: "incomplete_invalid" },
];

/**
 * Local dimensions the importer derives from the stage columns (README, "Local dimensions"): where a complaint
 * entered the procedure, the furthest stage it reached, and whether it is on hold at the complainant's request.
 * Seed section 7.2 reports complaints by these; the platform's dimensions do not carry them.
 */
const localDimensions = {
  entryStage: [
    { code: "stage1", label: "Responded to at Stage 1 in the first instance" },
    { code: "stage2", label: "Proceeded directly to Stage 2" },
    { code: "stage3", label: "Went directly to a Complaint Review Panel" },
  ],
  furthestStage: [
    { code: "stage1", label: "Resolved at Stage 1" },
    { code: "stage2", label: "Progressed to Stage 2" },
    { code: "stage3", label: "Progressed to Stage 3" },
  ],
  onHold: [
    { code: "Y", label: "On hold at the complainant's request" },
    { code: "N", label: "Not on hold" },
  ],
} as const satisfies VocabulariesInput["localDimensions"];

/** Every vocabulary, in the shape defineCouncil takes. */
export const vocabularies: VocabulariesInput = {
  kinds: [...kinds],
  procedures: [...procedures],
  channels: [...channels],
  complainantTypes: [...complainantTypes],
  teams: [...teams],
  reasons: [...reasons],
  outcomes: [...outcomes],
  notConsideredReasons: [...notConsideredReasons],
  lgscoDecisions: [...lgscoDecisions],
  localDimensions: Object.fromEntries(Object.entries(localDimensions).map(([key, list]) => [key, [...list]])),
};
