import type { ReportLayoutInput } from "@csc/council-kit";
import { ALL_COMPLAINTS, COMPLIMENTS, FROM_YOUNG_PEOPLE, LAST_YEAR, lgoDecisions, narrative, percentOf, received, THIS_YEAR } from "./cells";
import { COMPLIMENT_ROWS, YOUNG_PEOPLE_TEAMS, YOUNG_PEOPLE_THEMES } from "./groups";

/** The report's later sections (escalations, the Ombudsman, compliments and what follows), in its order. */
export const laterSections: ReportLayoutInput["sections"] = [
  {
    id: "escalations",
    title: "Complaint Escalations (Stage 2 and Stage 3)",
    narrative: [narrative("escalations", "Why fewer complaints escalated; meetings offered before escalation.")],
    tables: [
      {
        id: "escalations",
        title: "Complaints escalated",
        source: "Complaint Escalations (Stage 2 and Stage 3); 6. Headline figures",
        columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
        rows: (["stage2", "stage3"] as const).map((stage) => ({
          label: stage === "stage2" ? "Stage 2" : "Stage 3",
          cells: [
            { measure: { metric: "escalated", stage, filter: ALL_COMPLAINTS }, yearOffset: -1 },
            { measure: { metric: "escalated", stage, filter: ALL_COMPLAINTS } },
          ],
        })),
      },
    ],
  },
  {
    id: "lgo",
    title: "LGO Investigations and Decisions",
    narrative: [narrative("lgo", "The Ombudsman's role, its annual letter and its observations.")],
    tables: [
      {
        id: "lgo",
        title: "Local Government Ombudsman complaints and enquiries",
        source: "LGO Investigations and Decisions",
        columns: [{ label: "Number" }],
        rows: [
          { label: "Complaints and Enquiries recorded", cells: [{ measure: { metric: "lgsco_referrals" } }] },
          { label: "Pursued", cells: [{ measure: { metric: "lgsco_decisions" } }] },
          { label: "Referred back for local resolution", cells: [lgoDecisions(["LOCAL"])] },
          { label: "Closed after initial enquiries", cells: [lgoDecisions(["INITIAL"])] },
          { label: "Closed with advice given", cells: [lgoDecisions(["ADVICE"])] },
          { label: "Incomplete or invalid", cells: [lgoDecisions(["INVALID"])] },
          { label: "Not upheld", cells: [lgoDecisions(["NOTUPHELD"])] },
          { label: "Upheld", cells: [lgoDecisions(["UPHELD"])] },
          {
            label: "Upheld, as a percentage of complaints investigated",
            // The Ombudsman's own upheld rate from its annual letter (supplied-figures.ts), not one computed from
            // the decisions above (11 of 16 = 69%): a computed rate must not print under the Ombudsman's label.
            cells: [{ supplied: "lgsco-upheld-rate", format: { type: "percent", decimals: 0, rounding: "half_up", suffix: "%" } }],
          },
        ],
      },
    ],
  },
  {
    id: "compliments",
    title: "Compliments Activity",
    narrative: [narrative("compliments", "What compliments say and how they are shared.")],
    tables: [
      {
        id: "compliments",
        title: "Compliments recorded by service area",
        source: "Compliments Activity",
        columns: [{ label: "Nos." }],
        rows: [
          { label: "Compliments recorded", cells: [received(COMPLIMENTS)] },
          ...COMPLIMENT_ROWS.map(([label, teamCodes]) => ({ label, cells: [received({ ...COMPLIMENTS, team: teamCodes })] })),
        ],
      },
    ],
  },
  {
    id: "young-people",
    title: "Complaints from Young People",
    narrative: [narrative("young-people", "Advocacy offered to children and young people; what their complaints were about.")],
    tables: [
      {
        id: "young-people-teams",
        title: "Complaints from children and young people, by team",
        source: "Complaints from Young People",
        columns: [{ label: "Complaints" }],
        rows: [
          { label: "Complaints from children and young people", cells: [received(FROM_YOUNG_PEOPLE)] },
          ...YOUNG_PEOPLE_TEAMS.map((team) => ({ label: team.label, cells: [received({ ...FROM_YOUNG_PEOPLE, team: [team.code] })] })),
        ],
      },
      {
        id: "young-people-themes",
        title: "Complaints from children and young people, by theme",
        source: "Complaints from Young People",
        columns: [{ label: "Complaints" }, { label: "%" }],
        rows: YOUNG_PEOPLE_THEMES.map(([label, reasonCodes]) => ({
          label,
          cells: [
            received({ ...FROM_YOUNG_PEOPLE, reason: reasonCodes }),
            percentOf({ ...FROM_YOUNG_PEOPLE, reason: reasonCodes }, FROM_YOUNG_PEOPLE),
          ],
        })),
      },
    ],
  },
  { id: "moving-forward", title: "Moving Forward", narrative: [narrative("moving-forward", "The focus for the coming year.")] },
];
