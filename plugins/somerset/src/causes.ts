import type { ReasonTheme } from "@csc/rules";

/**
 * Somerset records exactly one primary cause per complaint (seed 004 section 3.6, "Primary Cause") and groups the
 * causes into nine themes ("Category"). A complaint with no cause recorded has no cause in the export; the report's
 * "Not recorded" cause and "No cause recorded" theme count those (the platform's `not_recorded`).
 */
interface Theme {
  readonly code: string;
  readonly label: string;
  readonly canonical: ReasonTheme;
}

interface Cause extends Theme {
  /** The theme this cause is grouped under. */
  readonly parent: string;
}

/** Section 3.6, the themes table, in the report's order (the "No cause recorded" row is the absence of a cause). */
export const themes: readonly Theme[] = [
  { code: "COMMUNICATION", label: "Communication", canonical: "communication" },
  { code: "PROVISION", label: "Service Provision", canonical: "service_not_delivered" },
  { code: "ATTITUDE", label: "Attitude & Behaviour of Staff", canonical: "staff_attitude_conduct" },
  { code: "POLICY", label: "Policy and Procedures", canonical: "policy_not_followed" },
  { code: "INFORMATION", label: "Information", canonical: "accuracy_of_information" },
  { code: "QUALITY", label: "Service Quality", canonical: "quality_of_service" },
  { code: "UNFAIR", label: "Unfair Treatment", canonical: "discrimination_unfair_treatment" },
  { code: "CONFIDENTIALITY", label: "Confidentiality", canonical: "confidentiality_data_protection" },
];

/**
 * Section 3.6, the 26 primary causes (25 causes and "Not recorded"), each under its theme. Where the two tables
 * of section 3.6 word a cause differently the primary-cause table's label is kept: "Confidentiality" (the themes
 * table: "Breach of confidentiality"); "Arrangements for daily living" is printed "daily diving" in the first table.
 */
export const causes: readonly Cause[] = [
  { code: "PROFESSIONALISM", parent: "ATTITUDE", label: "Professionalism", canonical: "staff_attitude_conduct" },
  { code: "COMMQUALITY", parent: "COMMUNICATION", label: "Quality of communication", canonical: "communication" },
  { code: "COMMTIME", parent: "COMMUNICATION", label: "Timeliness of communication", canonical: "communication" },
  { code: "PLAN", parent: "PROVISION", label: "Plan", canonical: "quality_of_service" },
  { code: "ACCURACY", parent: "INFORMATION", label: "Accuracy of Information", canonical: "accuracy_of_information" },
  { code: "CONTACT", parent: "PROVISION", label: "Contact arrangements", canonical: "contact_arrangements" },
  { code: "ASSESSMENT", parent: "PROVISION", label: "Result of assessment", canonical: "decision_making" },
  { code: "DAILYLIVING", parent: "QUALITY", label: "Arrangements for daily living", canonical: "quality_of_service" },
  { code: "PROCEDURES", parent: "POLICY", label: "Procedures", canonical: "policy_not_followed" },
  { code: "IMPLPROC", parent: "POLICY", label: "Implementation of procedures", canonical: "policy_not_followed" },
  { code: "CONFIDENTIALITY", parent: "CONFIDENTIALITY", label: "Confidentiality", canonical: "confidentiality_data_protection" },
  { code: "BULLYING", parent: "UNFAIR", label: "Bullying & Harassment", canonical: "discrimination_unfair_treatment" },
  { code: "IMPLPOL", parent: "POLICY", label: "Implementation of policies", canonical: "policy_not_followed" },
  { code: "SERVICETIME", parent: "QUALITY", label: "Timeliness of service provision", canonical: "delay" },
  { code: "DISCRIMINATION", parent: "UNFAIR", label: "Discrimination", canonical: "discrimination_unfair_treatment" },
  { code: "PRIVACY", parent: "CONFIDENTIALITY", label: "Privacy & Confidentiality", canonical: "confidentiality_data_protection" },
  { code: "AVAILABILITY", parent: "PROVISION", label: "Service availability", canonical: "service_not_delivered" },
  { code: "DECISION", parent: "POLICY", label: "Decision", canonical: "decision_making" },
  { code: "POLICIES", parent: "POLICY", label: "Policies", canonical: "policy_not_followed" },
  { code: "COMMSERVICE", parent: "COMMUNICATION", label: "Communication by the Service", canonical: "communication" },
  { code: "OTHERPOLICY", parent: "POLICY", label: "Other policy/procedure cause", canonical: "policy_not_followed" },
  { code: "NODELIVERY", parent: "PROVISION", label: "Failure to deliver a service", canonical: "service_not_delivered" },
  { code: "REFUSAL", parent: "ATTITUDE", label: "Refusal to do something", canonical: "staff_attitude_conduct" },
  { code: "OTHERFAILURE", parent: "PROVISION", label: "Other service Failure Cause", canonical: "service_not_delivered" },
  { code: "FAILURE", parent: "ATTITUDE", label: "Failure to do something", canonical: "staff_attitude_conduct" },
];
