import { LAST_YEAR, narrative, THIS_YEAR } from "./cells";
import type { SectionInput } from "./overview-sections";

/** Section 3's subsections, as the seed's contents list them, each with the tables it prints. */
export const ANALYSIS_SUBSECTIONS: [id: string, title: string, tables: string[], extra?: Partial<SectionInput>][] = [
  ["3-1-volumes", "3.1 Volumes and Comparisons", ["volumes"]],
  ["3-2-stages-and-times", "3.2 Resolution Stages and Times", ["resolution-stages", "average-resolution-times"]],
  ["3-3-outcomes", "3.3 Complaint Outcomes", ["outcomes"]],
  [
    "3-4-customer-profiles",
    "3.4 Customer Profiles",
    ["customer-profile", "equalities", "channels"],
    {
      charts: [
        {
          id: "complaints-source",
          type: "pie",
          table: "customer-profile",
          title: "Complaints Source",
          columns: [`${THIS_YEAR} %`],
          // "Remaining" is the sum of the two rows after it: drawn beside them it would count them twice.
          excludeRows: ["Remaining"],
          alt: "Share of all feedback by who gave it.",
        },
        {
          id: "feedback-by-channel",
          type: "bar",
          table: "channels",
          title: "Feedback by channel type",
          columns: [LAST_YEAR, THIS_YEAR],
          alt: "Share of feedback by contact channel, this year and last.",
        },
      ],
    },
  ],
  [
    "3-5-service-areas",
    "3.5 Complaints by Service/Team/Area",
    ["complaints-by-area", "complaints-by-service-area", "service-area-resolution-times"],
    {
      charts: [
        {
          id: "complaints-by-service-area-chart",
          type: "pie",
          table: "complaints-by-service-area",
          title: "Complaints by Service Area",
          columns: ["Complaints"],
          alt: "Complaints received by service area.",
        },
      ],
    },
  ],
  [
    "3-6-reasons",
    "3.6 Reasons for Complaints",
    ["primary-causes", "cause-themes", "cause-themes-compared"],
    {
      charts: [
        {
          id: "complaint-cause-themes",
          type: "bar",
          table: "cause-themes",
          title: "Complaint Cause Themes",
          columns: ["Number"],
          alt: "Complaints received by cause theme.",
        },
      ],
    },
  ],
  [
    "3-7-stage-two",
    "3.7 Stage Two Investigations",
    ["stage-two"],
    {
      narrative: [
        narrative("stage-two", "The root causes of the upheld elements, and the cost of the external Investigating Officer and Independent Person."),
      ],
    },
  ],
  [
    "3-8-ombudsman",
    "3.8 Local Government Ombudsman Investigations",
    ["lgo"],
    { narrative: [narrative("ombudsman", "What the Ombudsman found in each case and what the council did; the LGO's annual review.")] },
  ],
];
