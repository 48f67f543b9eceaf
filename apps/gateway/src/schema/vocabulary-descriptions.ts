import type {
  CaseStatus,
  Channel,
  ComplainantRelationship,
  FeedbackKind,
  LgscoDecision,
  LgscoRemedy,
  Outcome,
  ReasonTheme,
  ServiceArea,
} from "@csc/rules";

/**
 * What each value of the canonical vocabularies of @csc/rules means for a complaints officer or analyst.
 * (Not-considered reasons, procedures and stages take their words from the rules' own definitions in enums.ts.)
 */
export const FEEDBACK_KIND_DESCRIPTIONS: Readonly<Record<FeedbackKind, string>> = {
  complaint: "A complaint handled under a complaints procedure (for children's social care, SI 2006/1738)",
  informal_resolution: "A concern resolved informally on receipt, without a formal complaint",
  comment: "A comment or suggestion: recorded, not investigated",
  compliment: "A compliment about a service or a member of staff",
  signpost: "Feedback for another organisation, signposted there",
  member_enquiry: "An enquiry from a councillor or an MP on someone's behalf",
  lgsco_enquiry: "An enquiry from the Local Government and Social Care Ombudsman",
};

export const OUTCOME_DESCRIPTIONS: Readonly<Record<Outcome, string>> = {
  upheld: "The complaint was found to be justified",
  partially_upheld: "Some points of complaint were upheld and others not",
  not_upheld: "The complaint was found not to be justified",
  no_finding: "Considered, but no finding could be made",
  withdrawn: "The complainant withdrew the complaint",
  discontinued: "The council stopped handling the complaint (for example, no contact from the complainant)",
  not_considered: "The council declined to consider the complaint on a ground the law or its policy gives",
  resolved_on_receipt: "Resolved to the complainant's satisfaction when it was received",
  no_response_recorded: "Imported or closed without a recorded response",
};

export const REASON_THEME_DESCRIPTIONS: Readonly<Record<ReasonTheme, string>> = {
  communication: "Poor, late or missing communication",
  staff_attitude_conduct: "The attitude or conduct of staff",
  decision_making: "A decision the council made, or how it was made",
  quality_of_service: "The quality of the service received",
  delay: "Delay in providing a service or responding",
  service_not_delivered: "A service that was agreed but not delivered",
  policy_not_followed: "The council did not follow its own policy or procedure",
  discrimination_unfair_treatment: "Discrimination or unfair treatment",
  confidentiality_data_protection: "Confidentiality or the handling of personal data",
  finance_payments: "Money: allowances, payments or charges",
  accuracy_of_information: "Inaccurate records or information",
  contact_arrangements: "Family time and contact arrangements",
  other: "Another reason, not in this list",
  not_recorded: "No reason was recorded (imported records)",
};

export const COMPLAINANT_RELATIONSHIP_DESCRIPTIONS: Readonly<Record<ComplainantRelationship, string>> = {
  child_or_young_person: "The child or young person themselves (Children Act 1989 s.26(3))",
  care_leaver: "A young person who has left the council's care",
  parent: "A parent of the child",
  other_relative: "Another relative of the child",
  foster_carer: "The child's foster carer",
  special_guardian: "The child's special guardian",
  kinship_carer: "A family member or friend caring for the child",
  adopter: "An adopter or prospective adopter",
  advocate: "An advocate acting for the child",
  professional: "A professional working with the child or family",
  councillor_or_mp: "A councillor or MP acting for a constituent",
  other: "Someone else with a sufficient interest in the child's welfare",
  anonymous: "The complainant did not give their identity",
};

export const CHANNEL_DESCRIPTIONS: Readonly<Record<Channel, string>> = {
  phone: "By telephone",
  email: "By email",
  letter: "By letter",
  paper_form: "On the council's paper complaint form",
  web_form: "On the council's web form",
  in_person: "In person",
  text: "By text message",
  app: "Through an app",
  via_advocate: "Through an advocate",
};

export const SERVICE_AREA_DESCRIPTIONS: Readonly<Record<ServiceArea, string>> = {
  front_door_assessment: "The front door: contact, referral and assessment",
  safeguarding_child_protection: "Safeguarding and child protection",
  children_in_care: "Children in the council's care",
  leaving_care: "Care leavers and leaving-care support",
  fostering: "Fostering services",
  adoption: "Adoption services",
  children_with_disabilities: "Services for disabled children",
  early_help: "Early help and family support",
  residential: "Residential children's homes",
  quality_assurance: "Quality assurance, reviewing and independent reviewing officers",
  youth_support: "Youth support and youth justice",
  education_other: "Education and other services",
  unassigned: "Not yet assigned to a service area",
};

export const LGSCO_DECISION_DESCRIPTIONS: Readonly<Record<LgscoDecision, string>> = {
  upheld: "The Ombudsman found fault",
  not_upheld: "The Ombudsman found no fault",
  closed_after_initial_enquiries: "The Ombudsman closed the complaint after initial enquiries",
  premature: "The Ombudsman sent it back: the council's procedure had not finished (the complainant may return)",
  advice_given: "The Ombudsman gave advice",
  incomplete_invalid: "Incomplete or invalid (the complainant may return)",
  out_of_jurisdiction: "Outside the Ombudsman's jurisdiction",
  not_investigated: "The Ombudsman decided not to investigate",
};

export const LGSCO_REMEDY_DESCRIPTIONS: Readonly<Record<LgscoRemedy, string>> = {
  apology: "An apology to the complainant",
  financial_remedy: "A payment to the complainant",
  service_improvement: "An improvement to a service",
  procedure_change: "A change to a policy or procedure",
  other: "Another remedy",
};

/** Where a case is, as the rules engine derives it (@csc/rules CASE_STATUSES, `statusOf`). */
export const CASE_STATUS_DESCRIPTIONS: Readonly<Record<CaseStatus, string>> = {
  received: "Received, not yet acknowledged",
  acknowledged: "Acknowledged; no stage started yet",
  in_stage: "A stage is running and its response has not been sent",
  suspended: "Paused: its clocks stop until it resumes",
  awaiting_escalation: "The current stage has responded; the complainant may still escalate to the next",
  responded: "The last stage of its procedure has responded",
  not_considered: "The council declined to consider it (see notConsideredReason)",
  withdrawn: "The complainant withdrew it",
  closed: "Closed",
};
