import { STAGES, type MeasureSpecInput, type Stage } from "@csc/rules";
import type { CellSpecInput } from "./cell-spec";
import { reportLayoutSchema, type ReportLayout, type TableLayoutInput } from "./report-layout";

/**
 * The layout of the annual complaint performance and service improvement report the LGSCO Complaint Handling Code
 * (applies from 1 April 2026; LGSCO policy, not statute) expects each year: the same for every council, built from
 * the elements every council layout uses (tables whose cells name measures of the rules' catalogue), so every
 * figure is computed from the case records. The gateway appends the records the layout cannot express: the
 * council's recommendations and learning actions, and its self-assessment against the Code.
 */
export const CODE_REPORT_SECTION_IDS = {
  performance: "code-performance",
  timeliness: "code-timeliness",
  outcomes: "code-outcomes",
  ombudsman: "code-ombudsman",
  improvement: "code-service-improvement",
  compliments: "code-compliments",
  selfAssessment: "code-self-assessment",
} as const;

const COMPLAINTS = { kind: ["complaint"] };
const STAGE_LABELS: Record<Stage, string> = { stage1: "Stage 1", stage2: "Stage 2", stage3: "Stage 3 (review panel)" };
const YEARS = [{ label: "{year}" }, { label: "{year-1}" }];

type FigureFormat = "count" | "percent" | "average";
const total = (measure: MeasureSpecInput, yearOffset = 0, format: FigureFormat = "count"): CellSpecInput => ({
  measure,
  yearOffset,
  format,
  ...(format === "count" ? {} : { whenEmpty: null }),
});
const bothYears = (measure: MeasureSpecInput, format: FigureFormat = "count"): CellSpecInput[] => [
  total(measure, 0, format),
  total(measure, -1, format),
];

const volumes: TableLayoutInput = {
  id: "code-volumes",
  title: "Complaints and compliments received",
  source: "LGSCO Complaint Handling Code section 8",
  columns: YEARS,
  rows: [
    { label: "Complaints received", cells: bothYears({ metric: "cases_received", filter: COMPLAINTS }) },
    ...STAGES.map((stage) => ({
      label: `${STAGE_LABELS[stage]} started`,
      cells: bothYears({ metric: "stages_started", stage, filter: COMPLAINTS }),
    })),
    { label: "Compliments received", cells: bothYears({ metric: "cases_received", filter: { kind: ["compliment"] } }) },
  ],
};

const timeliness: TableLayoutInput = {
  id: "code-timeliness",
  title: "Responses within timescale",
  source: "LGSCO Complaint Handling Code section 8",
  columns: [{ label: "Responses" }, { label: "Within timescale" }, { label: "% within timescale" }, { label: "Average working days" }],
  rows: STAGES.map((stage) => ({
    label: STAGE_LABELS[stage],
    cells: [
      total({ metric: "cases_completed", stage, filter: COMPLAINTS }),
      total({ metric: "within_timescale", stage, filter: COMPLAINTS }),
      total({ metric: "percent_within_timescale", stage, filter: COMPLAINTS }, 0, "percent"),
      total({ metric: "average_working_days", stage, filter: COMPLAINTS }, 0, "average"),
    ],
  })),
};

const outcomes: TableLayoutInput = {
  id: "code-outcomes",
  title: "Outcomes of responses",
  source: "LGSCO Complaint Handling Code section 8",
  columns: STAGES.map((stage) => ({
    label: STAGE_LABELS[stage],
    cell: { measure: { metric: "cases_completed", stage, filter: COMPLAINTS }, format: "count", whenEmpty: 0 },
  })),
  rowsFrom: { dimension: "outcome", hideEmpty: true },
  rows: [{ label: "Total", cells: STAGES.map((stage) => total({ metric: "cases_completed", stage, filter: COMPLAINTS })) }],
};

const ombudsman: TableLayoutInput = {
  id: "code-ombudsman",
  title: "Complaints to the Ombudsman",
  source: "LGSCO Complaint Handling Code section 8",
  columns: YEARS,
  rows: [
    { label: "Referred to the Ombudsman", cells: bothYears({ metric: "lgsco_referrals" }) },
    { label: "Decided by the Ombudsman", cells: bothYears({ metric: "lgsco_decisions" }) },
  ],
};

const compliments: TableLayoutInput = {
  id: "code-compliments",
  title: "Compliments received",
  source: "LGSCO Complaint Handling Code section 9",
  columns: YEARS,
  rows: [{ label: "Compliments received", cells: bothYears({ metric: "cases_received", filter: { kind: ["compliment"] } }) }],
};

const layout = {
  title: "Annual complaint performance and service improvement report",
  sections: [
    {
      id: CODE_REPORT_SECTION_IDS.performance,
      title: "Complaint performance",
      narrative: [{ id: "code-performance-summary", prompt: "What the figures show about how the council handled complaints this year" }],
      tables: [volumes],
    },
    { id: CODE_REPORT_SECTION_IDS.timeliness, title: "Timeliness", tables: [timeliness] },
    { id: CODE_REPORT_SECTION_IDS.outcomes, title: "Outcomes", tables: [outcomes] },
    { id: CODE_REPORT_SECTION_IDS.ombudsman, title: "The Ombudsman", tables: [ombudsman] },
    {
      id: CODE_REPORT_SECTION_IDS.improvement,
      title: "Service improvement",
      narrative: [{ id: "code-improvement-summary", prompt: "What the council learned from complaints and what it changed" }],
    },
    { id: CODE_REPORT_SECTION_IDS.compliments, title: "Compliments", tables: [compliments] },
    {
      id: CODE_REPORT_SECTION_IDS.selfAssessment,
      title: "Self-assessment against the Complaint Handling Code",
      narrative: [{ id: "code-self-assessment-summary", prompt: "How the council meets the Complaint Handling Code" }],
    },
  ],
};

/** The Code report's layout, parsed (the same checks as every council's layout). */
export function complaintHandlingCodeLayout(): ReportLayout {
  return reportLayoutSchema.parse(layout);
}
