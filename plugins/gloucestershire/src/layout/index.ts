import type { ReportLayoutInput } from "@csc/council-kit";
import { appendices, childrenSection, improvingSection, outcomesSection, reasonsSection, timelinessSection, whoSection } from "./analysis-sections";
import { commentsSection, complaintsSection, complimentsSection, executiveSummary } from "./overview-sections";

/** The annual report as published for 2018/19: its sections in the report's order. */
export const layout: ReportLayoutInput = {
  title: "Children's Social Care Services: Customer Feedback – Complaints, Comments, Compliments and Signposts. Annual Report",
  rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
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
