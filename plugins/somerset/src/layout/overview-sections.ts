import type { ReportLayoutInput } from "@csc/council-kit";
import {
  changeDirection,
  closed,
  COMMENTS,
  COMPLAINTS,
  COMPLIMENTS,
  LAST_YEAR,
  MEMBER_ENQUIRIES,
  narrative,
  percentChange,
  ratio,
  received,
  RESOLVED_BY_COUNCIL,
  THIS_YEAR,
  total,
} from "./cells";

export type SectionInput = ReportLayoutInput["sections"][number];

/**
 * The introduction and sections 1 and 2 of the 2016/17 report (seed 004). Section 1.1 and 2.4 state figures in
 * prose that no table of section 3 repeats; each becomes a table with the prose's words as row labels. Section
 * 2.1's table states the change on the previous year as a word and a size (both years' counts are in section
 * 3.1).
 */
const outcomeShare = (codes: string[], yearOffset: number, base: "all" | "council") => {
  const filter = base === "all" ? COMPLAINTS : RESOLVED_BY_COUNCIL;
  return ratio(closed({ ...filter, "local:caseOutcome": codes }), closed(filter), yearOffset);
};

export const overviewSections: SectionInput[] = [
  {
    id: "introduction",
    title: "Introduction",
    records: [{ id: "document-control", kind: "documentControl", title: "Document control", source: "Cover page" }],
    narrative: [
      narrative("introduction", "The council's commitment to feedback and the period covered."),
      narrative("context", "Context: the iCasework system and SCC's definitions of complaint, compliment and comment."),
    ],
  },
  {
    id: "1-executive-summary",
    title: "Section 1 Executive Summary",
    narrative: [narrative("summary", "1.1 Summary."), narrative("learning", "1.2 Learning & Improvement, and the recommendations.")],
    records: [{ id: "recommendations", kind: "recommendations", title: "Recommendations", source: "1.2" }],
    tables: [
      {
        id: "summary",
        title: "1.1 Summary",
        source: "1.1",
        columns: [{ label: THIS_YEAR }],
        rows: [
          { label: "Pieces of logged customer feedback", cells: [total(received())] },
          { label: "Complaints", cells: [total(received(COMPLAINTS))] },
          { label: "Compliments", cells: [total(received(COMPLIMENTS))] },
          { label: "Comments", cells: [total(received(COMMENTS))] },
          { label: "Member enquiries", cells: [total(received(MEMBER_ENQUIRIES))] },
          {
            label: "Complaints escalated into a formal or Local Government Ombudsman investigation",
            cells: [total(closed({ ...COMPLAINTS, resolutionStage: ["stage2", "stage3", "lgsco"] }))],
          },
        ],
      },
    ],
  },
  {
    id: "2-high-level-analysis",
    title: "Section 2 High Level Analysis",
    narrative: [
      narrative("previous-year", "2.1 Previous Year Comparison."),
      narrative("escalation", "2.2 Escalation Overview (figures as in the table of section 3.2)."),
      narrative("performance", "2.3 Performance Overview (average resolution times as in section 3.2)."),
      narrative("outcomes-overview", "2.4 Outcomes Overview."),
      narrative("causes-overview", "2.5 Causes Overview (themes as in section 3.6)."),
    ],
    tables: [
      {
        id: "previous-year-comparison",
        title: "2.1 Previous Year Comparison",
        source: "2.1",
        note: "The percentage change on the previous year (both years' counts are in table 3.1): its direction in words and its size.",
        columns: [{ label: "+/-" }, { label: "%" }],
        rows: (
          [
            ["All Feedback", received()],
            ["Complaint", received(COMPLAINTS)],
            ["Compliment", received(COMPLIMENTS)],
            ["Comment", received(COMMENTS)],
            ["Member Enquiries", received(MEMBER_ENQUIRIES)],
          ] as const
        ).map(([label, measure]) => ({ label, cells: [changeDirection(measure), percentChange(measure)] })),
      },
      {
        id: "outcomes-overview",
        title: "2.4 Outcomes Overview",
        source: "2.4",
        columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
        rows: [
          {
            label: "Not upheld, withdrawn/rejected or resolved upon receipt (%)",
            cells: [outcomeShare(["NOTUPHELD", "WITHDRAWN", "RUR"], -1, "all"), outcomeShare(["NOTUPHELD", "WITHDRAWN", "RUR"], 0, "council")],
          },
          {
            label: "Some fault found: upheld or partially upheld (%)",
            cells: [outcomeShare(["UPHELD", "PARTIAL"], -1, "all"), outcomeShare(["UPHELD", "PARTIAL"], 0, "council")],
          },
        ],
      },
    ],
  },
];
