import type { ReportLayoutInput } from "@csc/council-kit";
import {
  ALL_COMPLAINTS,
  LAST_YEAR,
  narrative,
  NEW_COMPLAINTS,
  received,
  serviceAreaRows,
  stage1Band,
  stage1BandPercent,
  stage1Outcome,
  stage1Total,
  THIS_YEAR,
} from "./cells";
import { laterSections } from "./later-sections";

/** "Complaint Timescales": the paragraph's words for each Stage 1 band (SI 2006/1738 reg 14: 10, extendable to 20). */
const STAGE1_BAND_ROWS = [
  ["Resolved within 10 working days", "within_10"],
  ["Resolved within the extended 20 working days", "within_20"],
  ["Took longer than 20 working days", "over_20"],
] as const;

/**
 * Northamptonshire's "Annual Complaints & Compliments Report, Children, Families & Education", in the order of
 * the 2015/16 report (seed 002). Tables the report prints keep its titles, row labels and columns; figures the
 * report states in prose (headline figures, 2014/15 timescales, LGO decisions, young people) become tables with
 * the prose's words as row labels; charts whose figures the report does not print (complaints by quarter, top
 * reasons, 2015/16 timescales) are tables here too, so the report is complete. Every cell names a measure.
 */
export const layout: ReportLayoutInput = {
  title: "Annual Complaints & Compliments Report: Children, Families & Education {year}",
  rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
  sections: [
    {
      id: "introduction",
      title: "Introduction",
      narrative: [narrative("introduction", "What this report summarises and the aims of the Complaints and Compliments Team.")],
    },
    {
      id: "1-why-publish",
      title: "1. Why we publish a report?",
      narrative: [narrative("why-publish", "The duty to publish (Local Authority Social Services Act 1970; Children Act 1989; SI 2006/1738).")],
    },
    {
      id: "2-what-is-a-complaint",
      title: "2. What is a complaint?",
      narrative: [narrative("what-is-a-complaint", "The definition of a complaint.")],
    },
    {
      id: "3-who-may-complain",
      title: "3. Who may complain?",
      narrative: [narrative("who-may-complain", "Who may complain, complaints on behalf of a child, anonymous complaints.")],
    },
    { id: "4-the-process", title: "4. The process", narrative: [narrative("process", "The three stages and the Local Government Ombudsman.")] },
    {
      id: "5-what-is-a-compliment",
      title: "5. What is a compliment?",
      narrative: [narrative("what-is-a-compliment", "The definition of a compliment and why they are logged.")],
    },
    {
      id: "6-headline-figures",
      title: "6. Headline figures",
      narrative: [narrative("headline", "Volumes compared with the previous year; Ofsted's comments.")],
      tables: [
        {
          id: "headline",
          title: "New complaints and escalations to Stage 2",
          source: "6. Headline figures",
          columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
          rows: [
            { label: "New complaints received", cells: [received(NEW_COMPLAINTS, -1), received(NEW_COMPLAINTS)] },
            {
              label: "Complaints escalated to Stage 2",
              cells: [
                { measure: { metric: "escalated", stage: "stage2", filter: ALL_COMPLAINTS }, yearOffset: -1 },
                { measure: { metric: "escalated", stage: "stage2", filter: ALL_COMPLAINTS } },
              ],
            },
          ],
        },
      ],
    },
    {
      id: "improvements",
      title: "Improvements made as a result of feedback",
      narrative: [narrative("improvements", "Learning and service improvements linked to the main themes of complaints and compliments.")],
    },
    {
      id: "complaints-activity",
      title: "Complaints Activity",
      narrative: [narrative("activity", "How volumes changed across the year and why.")],
      tables: [
        {
          id: "complaints-by-quarter",
          title: "Number of complaints received during {year-hyphen}",
          source: "Complaints Activity (chart)",
          columns: [{ label: "Complaints" }],
          rows: ([1, 2, 3, 4] as const).map((quarter) => ({
            label: `Quarter ${quarter}`,
            cells: [{ measure: { metric: "cases_received", filter: NEW_COMPLAINTS }, quarter }],
          })),
        },
        {
          id: "channels",
          title: "How have we received complaints?",
          source: "Complaints Activity: How have we received complaints?",
          columns: [{ label: "Number", cell: { measure: { metric: "cases_received", filter: ALL_COMPLAINTS, groupBy: ["localChannel"] } } }],
          rowsFrom: { dimension: "localChannel" },
        },
        {
          id: "reason-categories",
          title: "Reasons for complaints",
          source: "Complaints Activity: Top 5 reasons for complaints (chart)",
          columns: [{ label: "Reasons", cell: { measure: { metric: "reasons", filter: NEW_COMPLAINTS, groupBy: ["reasonCategory"] } } }],
          rowsFrom: { dimension: "reasonCategory" },
          note: "Reasons are counted for new complaints received in the year; a complaint may give several.",
        },
        {
          id: "categorisation",
          title: "How we categorise complaints",
          source: "Complaints Activity: How we categorise complaints",
          columns: [{ label: "What the category covers", cell: { entriesOf: "reason" } }],
          rowsFrom: { dimension: "reasonCategory" },
          note: "Words from the council's vocabularies: each reason category with the reasons recorded under it.",
        },
        {
          id: "top-reasons",
          title: "Top 5 reasons for complaints",
          source: "Complaints Activity: Top 5 reasons for complaints (chart)",
          columns: [{ label: "Reasons", cell: { measure: { metric: "reasons", filter: NEW_COMPLAINTS, groupBy: ["reasonCategory"] } } }],
          rowsFrom: { dimension: "reasonCategory", top: { count: 5, by: "Reasons" } },
          note: "The five reason categories given most often by new complaints in the year, most first.",
        },
      ],
      charts: [
        {
          id: "complaints-by-quarter-chart",
          type: "bar",
          table: "complaints-by-quarter",
          alt: "New complaints received in each quarter of the year",
        },
        { id: "channels-chart", type: "bar", table: "channels", alt: "Complaints by how they were received" },
        {
          id: "reasons-chart",
          type: "bar",
          table: "top-reasons",
          title: "Top 5 reasons for complaints",
          alt: "The five reasons given most often for complaints, most first",
        },
      ],
    },
    {
      id: "service-areas",
      title: "Complaints by Service Area",
      narrative: [narrative("service-areas", "Why frontline services carry the weight of complaints; context figures.")],
      tables: [
        {
          id: "service-areas",
          title: "Complaints by Service Area",
          source: "Complaints by Service Area",
          columns: [{ label: "Number of Complaints" }],
          rows: serviceAreaRows(),
          note: "New complaints received in the year with the service area recorded.",
        },
      ],
    },
    {
      id: "outcomes",
      title: "Complaint Outcomes",
      narrative: [narrative("outcomes", "Complaints pursued and closed in the year; complaints not pursued, declined or suspended.")],
      tables: [
        {
          id: "outcomes",
          title: "Complaint Outcomes",
          source: "Complaint Outcomes",
          columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
          rows: [
            { label: "Fully Substantiated", cells: [stage1Outcome("FULL", -1), stage1Outcome("FULL", 0)] },
            { label: "Partially Substantiated", cells: [stage1Outcome("PART", -1), stage1Outcome("PART", 0)] },
            { label: "Not Substantiated", cells: [stage1Outcome("NOT", -1), stage1Outcome("NOT", 0)] },
          ],
        },
      ],
    },
    {
      id: "performance",
      title: "Complaints Performance",
      narrative: [narrative("performance", "Complaint timescales: the statutory 10 working days, extensions, pressures on timescales.")],
      tables: [
        {
          id: "stage1-timescales",
          title: "Stage 1 complaints resolved, by working days taken",
          source: "Complaints Performance: Complaint Timescales (the previous year in the text, this year in a chart)",
          columns: [{ label: `${LAST_YEAR} Number` }, { label: `${LAST_YEAR} %` }, { label: `${THIS_YEAR} Number` }, { label: `${THIS_YEAR} %` }],
          rows: [
            ...STAGE1_BAND_ROWS.map(([label, band]) => ({
              label,
              cells: [stage1Band(band, -1), stage1BandPercent(band, -1), stage1Band(band, 0), stage1BandPercent(band, 0)],
            })),
            {
              label: "Stage 1 complaints resolved",
              cells: [stage1Total(-1), stage1BandPercent(null, -1), stage1Total(0), stage1BandPercent(null, 0)],
            },
          ],
        },
      ],
    },
    ...laterSections,
  ],
};
