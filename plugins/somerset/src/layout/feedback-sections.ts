import { causesOfSatisfaction, teams } from "../vocabularies";
import { COMMENTS, COMPLIMENTS, MEMBER_ENQUIRIES, narrative, picked, picked2, ratio, received, share, THIS_YEAR, total, WHOLE_DAYS } from "./cells";
import type { SectionInput } from "./overview-sections";

/**
 * Sections 4 to 6 of the 2016/17 report: compliments by service area and by cause of satisfaction, comments, and
 * member enquiries with their average response time (the working days from receipt to the reply).
 */
const teamLabel = (code: string): string => teams.find((t) => t.code === code)?.label ?? code;
const causeLabel = (code: string): string => causesOfSatisfaction.find((c) => c.code === code)?.label ?? code;
const compliments = received(COMPLIMENTS);

/** Section 4's teams, in the order of its first table. */
const COMPLIMENT_TEAMS = ["LC", "SEDGEMOOR", "MENDIP", "FAR", "TWS", "SS", "FR", "SCQA", "UNASSIGNED", "DIS"];

/**
 * Section 4's second table: each service's causes of satisfaction as the seed lists them (its labels, e.g.
 * "Staff Knowledge" under Sedgemoor, "Safeguarding, Care & Quality"), the service's share on its first row.
 */
const COMPLIMENT_CAUSES: [team: string, teamLabel: string, causes: [code: string, label?: string][]][] = [
  ["LC", "Leaving Care", [["DIFFERENCE"], ["QUALITY"], ["CARE"], ["INFO"], ["NOTGIVEN"]]],
  ["SEDGEMOOR", "Sedgemoor", [["INFO"], ["DIFFERENCE"], ["KNOWLEDGE", "Staff Knowledge"], ["QUALITY"], ["PROMPT"]]],
  ["MENDIP", "Mendip", [["QUALITY"], ["DIFFERENCE"], ["CARE"], ["CONDUCT"], ["QUALITYOTHER"]]],
  ["FAR", "Fostering, Adoption & Residential", [["QUALITY"], ["DIFFERENCE"], ["INFO"]]],
  ["TWS", "Taunton & West Somerset", [["DIFFERENCE"], ["CARE"], ["QUALITY"], ["CONDUCT"], ["KNOWLEDGE"], ["NOTGIVEN"]]],
  ["SS", "South Somerset", [["QUALITY"], ["INFO"], ["AVAILABILITY"]]],
  ["FR", "First Response", [["INFO"], ["QUALITY"]]],
  ["SCQA", "Safeguarding, Care & Quality", [["QUALITYOTHER"]]],
  ["DIS", "Disabilities", [["INFO"]]],
  ["UNASSIGNED", "Unassigned", [["NOTGIVEN"]]],
];

const MEMBER_TEAMS = ["DIS", "FAR", "MENDIP", "SEDGEMOOR", "TWS"];
const memberResponse = { metric: "average_working_days" as const, stage: "stage1" as const, basis: "received" as const, filter: MEMBER_ENQUIRIES };

export const feedbackSections: SectionInput[] = [
  {
    id: "4-compliments",
    title: "Section 4 Compliments",
    narrative: [narrative("compliments", "Compliments received compared with the previous period.")],
    charts: [
      {
        id: "compliments-received",
        type: "pie",
        table: "compliments-by-team",
        columns: ["No. of Compliments"],
        title: "Compliments received",
        alt: "Compliments received by service area.",
      },
    ],
    tables: [
      {
        id: "compliments-by-team",
        title: "Compliments by service area and team",
        source: "4.0",
        columns: [{ label: "No. of Compliments" }, { label: "%" }],
        rows: [
          ...COMPLIMENT_TEAMS.map((code) => ({
            label: teamLabel(code),
            cells: [picked(compliments, "team", code), share(compliments, "team", code)],
          })),
          { label: "Total", cells: [total(compliments), ratio(compliments, compliments)] },
        ],
      },
      {
        id: "compliment-causes",
        title: "Recorded reasons for compliments",
        source: "4.0",
        columns: [{ label: "No." }, { label: "%" }],
        rows: [
          ...COMPLIMENT_CAUSES.flatMap(([team, label, list]) =>
            list.map(([cause, causeWording], i) => ({
              label: `${label}: ${causeWording ?? causeLabel(cause)}`,
              cells: [
                picked2(compliments, ["team", "local:causeOfSatisfaction"], [team, cause]),
                i === 0 ? share(compliments, "team", team) : { text: "" },
              ],
            })),
          ),
          { label: "Total", cells: [total(compliments), { text: "" }] },
        ],
      },
    ],
  },
  {
    id: "5-comments",
    title: "Section 5 Comments",
    narrative: [narrative("comments", "Themes of the comments correctly recorded.")],
    tables: [
      {
        id: "comments",
        title: "Comments recorded",
        source: "5.0",
        columns: [{ label: THIS_YEAR }],
        rows: [{ label: "Comments recorded", cells: [total(received(COMMENTS))] }],
      },
    ],
  },
  {
    id: "6-member-enquiries",
    title: "Section 6 Member Enquiries",
    tables: [
      {
        id: "member-enquiries",
        title: "Member enquiries by service and average response time",
        source: "6.0",
        columns: [{ label: "Number" }, { label: "Ave. Response (Working days)" }],
        rows: [
          ...MEMBER_TEAMS.map((code) => ({
            label: teamLabel(code),
            cells: [picked(received(MEMBER_ENQUIRIES), "team", code), picked(memberResponse, "team", code, { format: WHOLE_DAYS })],
          })),
          { label: "Total", cells: [total(received(MEMBER_ENQUIRIES)), total(memberResponse, 0, WHOLE_DAYS)] },
        ],
      },
    ],
  },
];
