import type { ReportLayoutInput } from "@csc/council-kit";
import { analysisSections } from "./analysis-section";
import { feedbackSections } from "./feedback-sections";
import { overviewSections } from "./overview-sections";

/**
 * Somerset's "Children's Social Care Customer Feedback Report", in the order of the 2016/17 report (seed 004):
 * every table of the seed that reports figures, with its titles, row labels and columns, and the prose figures of
 * sections 1.1, 1.2, 2.4, 2.5, 3.4 and 3.5 as tables in the prose's words. Every cell names a measure. The
 * council prints whole percentages and whole working days, rounded half up.
 */
export const layout: ReportLayoutInput = {
  title: "Children's Social Care Customer Feedback Report {year}",
  rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 0 },
  contents: { title: "Contents" },
  sections: [...overviewSections, ...analysisSections, ...feedbackSections],
};
