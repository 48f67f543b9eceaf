import type { ReportLayoutInput } from "@csc/council-kit";
import { appendices, childrenSection, improvingSection, outcomesSection, reasonsSection, timelinessSection, whoSection } from "./analysis-sections";
import { commentsSection, complaintsSection, complimentsSection, executiveSummary } from "./overview-sections";

/** The annual report as published for 2018/19: its sections in the report's order. */
export const layout: ReportLayoutInput = {
  title: "Children's Social Care Services: Customer Feedback – Complaints, Comments, Compliments and Signposts. Annual Report",
  rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
  // The seed's contents page and "Table of Abbreviations" (its own headings and words).
  contents: { title: "Contents" },
  abbreviations: {
    title: "Table of Abbreviations",
    columns: ["Abbreviation", "Full Version"],
    entries: [
      { term: "CA", meaning: "Children's Assessment (formerly Referral & Assessment)" },
      { term: "CiC", meaning: "Children in Care" },
      { term: "CP", meaning: "Child Protection" },
      { term: "CS", meaning: "Children's Safeguarding (formerly Children & Families)" },
      { term: "DCYP", meaning: "Disabled Children & Young People" },
      { term: "LG&SCO", meaning: "Local Government & Social Care Ombudsman" },
      { term: "YSS", meaning: "Youth Support Service" },
    ],
  },
  sections: [
    executiveSummary,
    complimentsSection,
    commentsSection,
    complaintsSection,
    reasonsSection,
    outcomesSection,
    improvingSection,
    timelinessSection,
    whoSection,
    childrenSection,
    ...appendices,
  ],
};
