import type { CouncilDefinitionInput } from "./definition";

/**
 * Two generic demo councils (no real council): a small canonical-mapped vocabulary, teams with one rename,
 * and one user per role. DEMO ONLY: the password is published in the README.
 */
export const DEMO_PASSWORD = "demo-password-2026";
export const DEMO_PLATFORM_ADMIN = {
  email: "platform-admin@csc.example",
  displayName: "Platform Administrator (demo)",
  password: DEMO_PASSWORD,
} as const;

const ROLES = [
  ["officer", "Complaints Officer", "complaints_officer"],
  ["manager", "Complaints Manager", "manager"],
  ["analyst", "Analyst", "analyst"],
  ["admin", "Council Administrator", "council_admin"],
  ["auditor", "Auditor", "auditor"],
] as const;

function demoCouncil(id: string, name: string): CouncilDefinitionInput {
  return {
    id,
    name,
    settings: { acknowledgementWorkingDays: 3 },
    serviceAreas: [
      { code: "FD", label: "Front door and assessment", canonical: "front_door_assessment" },
      { code: "CP", label: "Safeguarding and child protection", canonical: "safeguarding_child_protection" },
      { code: "CIC", label: "Children in care", canonical: "children_in_care" },
      { code: "LC", label: "Leaving care", canonical: "leaving_care" },
    ],
    teams: [
      { code: "RA", name: "Referral and Assessment", serviceArea: "FD", validFrom: "2018-04-01", validTo: "2023-03-31" },
      { code: "CA", name: "Children's Assessment (formerly Referral and Assessment)", serviceArea: "FD", validFrom: "2023-04-01", predecessor: "RA" },
      { code: "CPT", name: "Child Protection Team", serviceArea: "CP", validFrom: "2018-04-01" },
      { code: "CICT", name: "Children in Care Team", serviceArea: "CIC", validFrom: "2018-04-01" },
      { code: "LCT", name: "Leaving Care Team", serviceArea: "LC", validFrom: "2018-04-01" },
    ],
    vocabularies: [
      {
        kind: "reason_taxonomy",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "COMMS", label: "Communication", canonical: "communication" },
          { code: "COMMS-NORESP", label: "No response to calls or emails", canonical: "communication", parent: "COMMS" },
          { code: "STAFF", label: "Staff conduct", canonical: "staff_attitude_conduct" },
          { code: "STAFF-ATT", label: "Attitude of worker", canonical: "staff_attitude_conduct", parent: "STAFF" },
          { code: "DEC", label: "Decisions", canonical: "decision_making" },
          { code: "DEC-PLAN", label: "Disagree with care plan", canonical: "decision_making", parent: "DEC" },
          { code: "DELAY", label: "Delay", canonical: "delay" },
          { code: "CONTACT", label: "Contact arrangements", canonical: "contact_arrangements" },
        ],
      },
      {
        kind: "outcome",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "UPHELD", label: "Upheld", canonical: "upheld" },
          { code: "PARTLY", label: "Partly upheld", canonical: "partially_upheld" },
          { code: "NOT", label: "Not upheld", canonical: "not_upheld" },
          { code: "WD", label: "Withdrawn", canonical: "withdrawn" },
        ],
      },
      {
        kind: "channel",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "PHONE", label: "Telephone", canonical: "phone" },
          { code: "EMAIL", label: "Email", canonical: "email" },
          { code: "WEB", label: "Online form", canonical: "web_form" },
          { code: "ADV", label: "Through an advocate", canonical: "via_advocate" },
        ],
      },
      {
        kind: "complainant_type",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "CYP", label: "Child or young person", canonical: "child_or_young_person" },
          { code: "PARENT", label: "Parent", canonical: "parent" },
          { code: "FC", label: "Foster carer", canonical: "foster_carer" },
          { code: "CL", label: "Care leaver", canonical: "care_leaver" },
        ],
      },
      {
        kind: "feedback_kind",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "COMPLAINT", label: "Complaint", canonical: "complaint" },
          { code: "CONCERN", label: "Concern (informal)", canonical: "informal_resolution" },
          { code: "COMPLIMENT", label: "Compliment", canonical: "compliment" },
          { code: "ME", label: "Member enquiry", canonical: "member_enquiry" },
        ],
      },
      {
        kind: "lgsco_decision",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "FAULT-INJ", label: "Fault and injustice", canonical: "upheld" },
          { code: "NO-FAULT", label: "No fault", canonical: "not_upheld" },
          { code: "PREMATURE", label: "Premature", canonical: "premature" },
        ],
      },
      {
        kind: "not_considered_reason",
        version: 1,
        effectiveFrom: "2018-04-01",
        entries: [
          { code: "COURT", label: "Court proceedings", canonical: "court_proceedings" },
          { code: "TIME", label: "Out of time", canonical: "out_of_time" },
          { code: "OTHER-ORG", label: "Another organisation", canonical: "another_organisation" },
        ],
      },
    ],
    users: ROLES.map(([slug, title, role]) => ({
      email: `${slug}@${id}.example`,
      displayName: `${title} (${name})`,
      password: DEMO_PASSWORD,
      roles: [role],
    })),
  };
}

export const DEMO_COUNCILS: CouncilDefinitionInput[] = [
  demoCouncil("demo-north", "Demo North Council"),
  demoCouncil("demo-south", "Demo South Council"),
];
