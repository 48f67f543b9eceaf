/**
 * Gloucestershire's reasons for complaint: nine categories, each with its reasons, exactly as the 2018/19
 * annual report prints them (para 21). A complaint can carry several reasons. Each category and each reason
 * maps to one canonical reason theme; a reason may map to a different theme than its category where its words
 * say so (e.g. "Data breach" under Communication is about confidentiality).
 */
interface ReasonEntry {
  readonly code: string;
  readonly label: string;
  readonly canonical: string;
  readonly parent?: string;
}

export const REASON_CATEGORIES = [
  { code: "COM", label: "Communication", canonical: "communication" },
  { code: "COS", label: "Cost", canonical: "finance_payments" },
  { code: "DEL", label: "Delay in decision or provision of service", canonical: "delay" },
  { code: "DIS", label: "Discrimination", canonical: "discrimination_unfair_treatment" },
  { code: "ELI", label: "Eligibility", canonical: "decision_making" },
  { code: "NON", label: "Non delivery", canonical: "service_not_delivered" },
  { code: "QUA", label: "Quality of service", canonical: "quality_of_service" },
  { code: "STA", label: "Staff attitude", canonical: "staff_attitude_conduct" },
  { code: "UNW", label: "Unwelcome or disputed decision", canonical: "decision_making" },
] as const satisfies readonly ReasonEntry[];

export const REASONS = [
  { code: "COM01", parent: "COM", label: "Data breach", canonical: "confidentiality_data_protection" },
  { code: "COM02", parent: "COM", label: "Delay in provision of information / response / returned contact", canonical: "communication" },
  { code: "COM03", parent: "COM", label: "Feel they are not being kept informed / involved", canonical: "communication" },
  { code: "COM04", parent: "COM", label: "Information, policy, plan or rule has not been properly explained", canonical: "communication" },
  {
    code: "COM05",
    parent: "COM",
    label: "Proper courtesy not being shown, with no notification / little notification being given",
    canonical: "communication",
  },
  { code: "COM06", parent: "COM", label: "Relevant staff not being available at time of contact", canonical: "communication" },
  { code: "COS01", parent: "COS", label: "Inappropriate charge for service", canonical: "finance_payments" },
  { code: "COS02", parent: "COS", label: "Not receiving payments that are due", canonical: "finance_payments" },
  { code: "COS03", parent: "COS", label: "Tax payers' money wasted", canonical: "finance_payments" },
  { code: "COS04", parent: "COS", label: "Unhappy with changes to financial support", canonical: "finance_payments" },
  { code: "DEL01", parent: "DEL", label: "Issues not dealt with within given timescales", canonical: "delay" },
  { code: "DEL02", parent: "DEL", label: "Service taking too long to deliver", canonical: "delay" },
  { code: "DIS01", parent: "DIS", label: "Discriminated against due to age", canonical: "discrimination_unfair_treatment" },
  { code: "DIS02", parent: "DIS", label: "Discriminated against due to class", canonical: "discrimination_unfair_treatment" },
  { code: "DIS03", parent: "DIS", label: "Discriminated against due to gender / sex", canonical: "discrimination_unfair_treatment" },
  {
    code: "DIS04",
    parent: "DIS",
    label: "Discriminated against due to mental / physical health or disabilities",
    canonical: "discrimination_unfair_treatment",
  },
  { code: "DIS05", parent: "DIS", label: "Discriminated against due to race", canonical: "discrimination_unfair_treatment" },
  { code: "DIS06", parent: "DIS", label: "Discriminated against on a personal level", canonical: "discrimination_unfair_treatment" },
  { code: "ELI01", parent: "ELI", label: "No / restricted access to payment or service (general)", canonical: "decision_making" },
  { code: "ELI02", parent: "ELI", label: "No / restricted access to payment or service (personal)", canonical: "decision_making" },
  { code: "NON01", parent: "NON", label: "Frequency of visits / meetings not at appropriate level", canonical: "service_not_delivered" },
  {
    code: "NON02",
    parent: "NON",
    label: "Support not provided (e.g. help not given with achieving agreed outcomes, or requested therapy sessions not arranged)",
    canonical: "service_not_delivered",
  },
  { code: "QUA01", parent: "QUA", label: "Errors made in assessment / letters / minutes / statement", canonical: "accuracy_of_information" },
  { code: "QUA02", parent: "QUA", label: "Insensitive application of service by authority / team", canonical: "quality_of_service" },
  { code: "QUA03", parent: "QUA", label: "Policy / guidelines not being adhered to", canonical: "policy_not_followed" },
  { code: "QUA04", parent: "QUA", label: "Sees no benefit from authority's involvement", canonical: "quality_of_service" },
  { code: "QUA05", parent: "QUA", label: "Teams not communicating with each other / working together", canonical: "communication" },
  { code: "QUA06", parent: "QUA", label: "Too many changes of social worker / carer", canonical: "quality_of_service" },
  { code: "QUA07", parent: "QUA", label: "Website navigability / quality", canonical: "quality_of_service" },
  { code: "STA01", parent: "STA", label: "Staff member displaying a lack of empathy / being unhelpful", canonical: "staff_attitude_conduct" },
  { code: "STA02", parent: "STA", label: "Staff member displaying a lack of knowledge / competence", canonical: "staff_attitude_conduct" },
  { code: "STA03", parent: "STA", label: "Staff member displaying rude / aggressive behaviour", canonical: "staff_attitude_conduct" },
  { code: "UNW01", parent: "UNW", label: "Unhappy with case being closed", canonical: "decision_making" },
  { code: "UNW02", parent: "UNW", label: "Unhappy with other decision made by social worker / authority", canonical: "decision_making" },
  { code: "UNW03", parent: "UNW", label: "Unhappy with the frequency of contact with child(ren)", canonical: "contact_arrangements" },
  { code: "UNW04", parent: "UNW", label: "Unhappy with outcome of assessment", canonical: "decision_making" },
] as const satisfies readonly ReasonEntry[];
