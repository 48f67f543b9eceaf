/**
 * Gloucestershire's local vocabularies other than reasons. Labels are the council's words where the 2018/19
 * report uses them (para numbers in comments); where the report is silent (channels, not-considered reasons,
 * equalities answers) the list is what a council case system of the time records, said so in the README.
 * Codes are the short codes the council's case system exports.
 */
interface LocalEntry {
  readonly code: string;
  readonly label: string;
  readonly canonical: string;
  readonly parent?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly renamedFrom?: string;
}

/** Report title: "Complaints, Comments, Compliments and Signposts"; paras 5–10: Informal Local Resolutions. */
export const KINDS = [
  { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
  { code: "ILR", label: "Informal Local Resolution", canonical: "informal_resolution" },
  { code: "COMMENT", label: "Comment", canonical: "comment" },
  { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
  { code: "SIGNPOST", label: "Signpost", canonical: "signpost" },
] as const satisfies readonly LocalEntry[];

/** Para 11: statutory children's procedure, or the council's Corporate Complaints Policy. */
export const PROCEDURES = [
  { code: "CSC", label: "Children's Social Care complaints procedure", canonical: "childrens_statutory" },
  { code: "CORP", label: "Corporate Complaints Policy", canonical: "corporate" },
] as const satisfies readonly LocalEntry[];

/** Para 24 ("fully or partially upheld") and para 25 ("not progressing"). */
export const OUTCOMES = [
  { code: "UPHELD", label: "Upheld", canonical: "upheld" },
  { code: "PARTIAL", label: "Partially upheld", canonical: "partially_upheld" },
  { code: "NOTUPHELD", label: "Not upheld", canonical: "not_upheld" },
  { code: "NOTPROG", label: "Not progressing", canonical: "no_response_recorded" },
  { code: "WITHDRAWN", label: "Withdrawn", canonical: "withdrawn" },
] as const satisfies readonly LocalEntry[];

/**
 * Teams, from the table of abbreviations and paras 3–4. Two frontline teams were renamed: "Children's
 * Assessment (formerly Referral & Assessment)" and "Children's Safeguarding (formerly Children & Families)".
 * The report does not date the renames; this adapter takes 1 April 2018, the start of the year whose report
 * first uses the new names.
 */
const RENAME_DATE = "2018-04-01";
export const TEAMS = [
  { code: "RA", label: "Referral & Assessment", canonical: "front_door_assessment", validTo: "2018-03-31" },
  { code: "CA", label: "Children's Assessment", canonical: "front_door_assessment", validFrom: RENAME_DATE, renamedFrom: "RA" },
  { code: "CF", label: "Children & Families", canonical: "safeguarding_child_protection", validTo: "2018-03-31" },
  { code: "CS", label: "Children's Safeguarding", canonical: "safeguarding_child_protection", validFrom: RENAME_DATE, renamedFrom: "CF" },
  { code: "CP", label: "Child Protection", canonical: "safeguarding_child_protection" },
  { code: "CIC", label: "Children in Care", canonical: "children_in_care" },
  { code: "LC", label: "Leaving Care", canonical: "leaving_care" },
  { code: "FOST", label: "Fostering", canonical: "fostering" },
  { code: "ADOPT", label: "Adoption", canonical: "adoption" },
  { code: "CONTACT", label: "Contact", canonical: "children_in_care" },
  { code: "DCYP", label: "Disabled Children & Young People", canonical: "children_with_disabilities" },
  { code: "FF", label: "Families First", canonical: "early_help" },
  { code: "YSS", label: "Youth Support Service", canonical: "youth_support" },
] as const satisfies readonly LocalEntry[];

/** Para 37 names the Mind of My Own app; the other channels are the case system's usual list. */
export const CHANNELS = [
  { code: "EMAIL", label: "Email", canonical: "email" },
  { code: "PHONE", label: "Telephone", canonical: "phone" },
  { code: "LETTER", label: "Letter", canonical: "letter" },
  { code: "WEB", label: "Online form", canonical: "web_form" },
  { code: "PERSON", label: "In person", canonical: "in_person" },
  { code: "MOMO", label: "Mind of My Own app", canonical: "app" },
  { code: "ADVOCATE", label: "Via an advocate", canonical: "via_advocate" },
] as const satisfies readonly LocalEntry[];

/** Paras 2 and 33: young people, care leavers, carers, prospective carers, parents, family, professionals. */
export const COMPLAINANT_TYPES = [
  { code: "YP", label: "Young person", canonical: "child_or_young_person" },
  { code: "CL", label: "Care leaver", canonical: "care_leaver" },
  { code: "PARENT", label: "Parent", canonical: "parent" },
  { code: "FAMILY", label: "Other family member", canonical: "other_relative" },
  { code: "FC", label: "Foster carer", canonical: "foster_carer" },
  { code: "PC", label: "Prospective carer", canonical: "foster_carer" },
  { code: "SG", label: "Special Guardian", canonical: "special_guardian" },
  { code: "ADV", label: "Advocate on behalf of a young person", canonical: "advocate" },
  { code: "PROF", label: "Professional or colleague", canonical: "professional" },
  { code: "MEMBER", label: "Councillor or MP", canonical: "councillor_or_mp" },
  { code: "OTHER", label: "Other", canonical: "other" },
] as const satisfies readonly LocalEntry[];

/** Para 20: the Ombudsman's decisions as the council's table words them. */
export const LGSCO_DECISIONS = [
  { code: "CLOSED", label: "No investigation / Closed after initial inquiry", canonical: "closed_after_initial_enquiries" },
  { code: "WITHDRAWN", label: "Withdrawn by the complainant", canonical: "closed_after_initial_enquiries" },
  { code: "PREMATURE", label: "Premature", canonical: "premature" },
  { code: "NOFAULT", label: "No fault", canonical: "not_upheld" },
  { code: "FAULT", label: "Fault/Injustice", canonical: "upheld" },
] as const satisfies readonly LocalEntry[];

/** Not reported in 2018/19; the reasons reg 8 and the council's policy allow. */
export const NOT_CONSIDERED_REASONS = [
  { code: "COURT", label: "Subject to court proceedings", canonical: "court_proceedings" },
  { code: "POLICE", label: "Subject to a police investigation", canonical: "police_investigation" },
  { code: "TIME", label: "Made more than 12 months after the events", canonical: "out_of_time" },
  { code: "OTHERORG", label: "A matter for another organisation", canonical: "another_organisation" },
] as const satisfies readonly LocalEntry[];

/** Equalities monitoring answers (para 33). "NS" is "not stated". */
export const GENDERS = [
  { code: "F", label: "Female" },
  { code: "M", label: "Male" },
  { code: "NS", label: "Not stated" },
] as const;
/** The monitoring form asks how people describe their national identity (para 33: "British"). */
export const ETHNICITIES = [
  { code: "BRITISH", label: "British" },
  { code: "ENGLISH", label: "English" },
  { code: "WELSH", label: "Welsh" },
  { code: "OTHERUK", label: "Scottish, Northern Irish or other UK identity" },
  { code: "OTHER", label: "Other national identity" },
  { code: "NS", label: "Not stated" },
] as const;
export const DISABILITIES = [
  { code: "Y", label: "Disabled" },
  { code: "N", label: "Not disabled" },
  { code: "NS", label: "Not stated" },
] as const;

/** The advocacy provider named in paras 34–36. */
export const ADVOCACY_PROVIDERS = ["Barnardo's"] as const;
