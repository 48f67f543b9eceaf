import type { ReportLayoutInput, TableLayoutInput } from "@csc/council-kit";
import type { MeasureSpecInput } from "@csc/rules";
import { complaintsByStage, stage1Change, complaintsByTeam, byTeamTable, lgoSection, natureOfComplaints, outcomeTable } from "./sections";
import { type YearOffset, count, countOrZero, percent, ref } from "./cells";
import { ageBands } from "../vocabularies";

const YEARS: readonly { year: YearOffset; label: string }[] = [
  { year: -1, label: "{year-1}" },
  { year: 0, label: "{year}" },
];

// ---- 12–14. Timescales -------------------------------------------------------------------------------------

/**
 * Stage 1 timescales are on the year's intake: complaints received in the year, banded by how long their
 * response took (answered by the time of the report). 9.1's outcomes count responses sent in the year instead;
 * only the intake reproduces 15.5% (33 of 213). SI 2006/1738 reg 14: 10 working days, extendable to 20.
 */
const stage1Answered: MeasureSpecInput = { metric: "cases_completed", stage: "stage1", basis: "received" };
const stage1Bands: MeasureSpecInput = { ...stage1Answered, groupBy: ["band"] };
const STAGE1_BAND_DECIMALS: Record<YearOffset, readonly number[]> = { [-1]: [0, 0, 0, 0], [0]: [1, 0, 0, 1] };

const stage1Timescales: TableLayoutInput = {
  id: "stage1-timescales",
  title: "Timescales of Stage 1 Complaint Resolutions",
  source: "12.4",
  columns: YEARS.map((y) => ({ label: y.label })),
  rows: (
    [
      ["Within 10 working days", "within_10"],
      ["Within 20 working days", "within_20"],
      ["Within 40 working days", "within_40"],
      ["After 40 working days", "over_40"],
    ] as const
  ).map(([label, band], i) => ({
    label,
    cells: YEARS.map((y) => percent(ref(stage1Bands, y.year, [band]), ref(stage1Answered, y.year), STAGE1_BAND_DECIMALS[y.year][i] ?? 0)),
  })),
};

const within20: MeasureSpecInput = { metric: "within_timescale", stage: "stage1", basis: "received", withinWorkingDays: 20 };
const over20: MeasureSpecInput = { metric: "outside_timescale", stage: "stage1", basis: "received", withinWorkingDays: 20 };
const tookExactly21: MeasureSpecInput = { ...stage1Answered, bands: [20, 21], groupBy: ["band"] };

const stage1TimescalesText: TableLayoutInput = {
  id: "stage1-timescales-text",
  title: "Stage 1 timescales stated in the text",
  source: "12.3–12.6",
  columns: YEARS.map((y) => ({ label: y.label })),
  rows: [
    {
      label: "Completed within 10 working days (12.3)",
      cells: YEARS.map((y) => percent(ref(stage1Bands, y.year, ["within_10"]), ref(stage1Answered, y.year), y.year === 0 ? 1 : 0)),
    },
    {
      label: "Responded to within the maximum 20 working days (12.4)",
      cells: YEARS.map((y) => percent(ref(within20, y.year), ref(stage1Answered, y.year), y.year === 0 ? 1 : 0)),
    },
    // 12.5 restates 12.4 ("in the required timescales" is the maximum 20 working days, SI 2006/1738 reg 14).
    {
      label: "Dealt with in the required timescales (12.5)",
      cells: YEARS.map((y) => percent(ref(within20, y.year), ref(stage1Answered, y.year), y.year === 0 ? 1 : 0)),
    },
    {
      label: "Over 20 working days that missed the deadline by just 1 day (12.6)",
      cells: YEARS.map((y) => percent(ref(tookExactly21, y.year, ["within_21"]), ref(over20, y.year), 0)),
    },
  ],
};

/** Stage 2 timescales count adjudications sent in the year (SI 2006/1738 regs 16–17: 25, extendable to 65). */
const stage2Done: MeasureSpecInput = { metric: "cases_completed", stage: "stage2" };
const stage2Bands: MeasureSpecInput = { ...stage2Done, groupBy: ["band"] };
const stage2Rows = [
  ["Within 25 working days", "within_25"],
  ["Within 65 working days", "within_65"],
  ["More than 65 working days", "over_65"],
] as const;

const stage2Timescales: TableLayoutInput = {
  id: "stage2-timescales",
  title: "Timescales of Stage 2 Complaint Resolutions",
  source: "13.1",
  columns: YEARS.map((y) => ({ label: y.label })),
  rows: stage2Rows.map(([label, band]) => ({
    label,
    cells: YEARS.map((y) => percent(ref(stage2Bands, y.year, [band]), ref(stage2Done, y.year), 0, "zero")),
  })),
};

const stage2TimescalesText: TableLayoutInput = {
  id: "stage2-timescales-text",
  title: "Stage 2 timescales stated in the text",
  source: "13.2",
  columns: YEARS.map((y) => ({ label: y.label })),
  rows: [
    {
      label: "Completed within the maximum 65 working days (13.2)",
      cells: YEARS.map((y) => percent(ref(stage2Bands, y.year, ["within_65"]), ref(stage2Done, y.year), 0, "zero")),
    },
  ],
};

/**
 * Review panels (SI 2006/1738 reg 19: within 30 working days of the request). The stage's facts measure Stage 3
 * from the request to the council's response; none of the year's panels met within 30 working days, so none of
 * the stages finished within 30 either.
 */
const panels: MeasureSpecInput = { metric: "cases_completed", stage: "stage3" };
const stage3Timescales: TableLayoutInput = {
  id: "stage3-timescales",
  title: "Review Panels held within the timescale",
  source: "14.1",
  columns: [{ label: "{year}" }],
  rows: [
    { label: "Review Panels held", cells: [countOrZero(panels, 0)] },
    { label: "Held within 30 working days", cells: [countOrZero({ ...panels, bands: [30], groupBy: ["band"] }, 0, ["within_30"])] },
  ],
};

// ---- 15. Advocacy ------------------------------------------------------------------------------------------

/** Children and young people who complained in the year, by age group, and advocacy (Children Act 1989 s.26A). */
function advocacyCell(metric: MeasureSpecInput["metric"], ageBand: string, filter: MeasureSpecInput["filter"] = {}) {
  return countOrZero(
    {
      metric,
      ...(metric === "stages_started" ? { stage: "stage1" as const } : {}),
      filter: { ageBand: [ageBand], madeByChild: ["true"], ...filter },
    },
    0,
  );
}
const advocacy: TableLayoutInput = {
  id: "advocacy",
  title: "Advocacy for children and young people who complained",
  source: "15.2–15.3",
  columns: ageBands.map((b) => ({ label: b.label })),
  rows: [
    { label: "Raised complaints", cells: ageBands.map((b) => advocacyCell("stages_started", b.code)) },
    { label: "Represented or supported by an advocate", cells: ageBands.map((b) => advocacyCell("advocacy_taken", b.code, { kind: ["complaint"] })) },
    {
      label: "Offered support to access advocacy",
      cells: ageBands.map((b) => advocacyCell("advocacy_offered", b.code, { kind: ["complaint"], advocacyTaken: ["false"] })),
    },
    {
      label: "Not offered advocacy",
      cells: ageBands.map((b) => advocacyCell("cases_received", b.code, { kind: ["complaint"], advocacyOffered: ["false"] })),
    },
  ],
};

// ---- 16. Compliments ---------------------------------------------------------------------------------------

const compliments: MeasureSpecInput = { metric: "cases_received", filter: { kind: ["compliment"] } };
const complimentRows: [string, string][] = [
  ["Children with Disabilities", "CWD"],
  ["Fostering & Kinship", "FOST-KIN"],
  ["QA and Independent Review", "QA-IR"],
  ["Advanced Social Work Practitioners", "ASWP"],
  ["Safeguarding Area", "SAFEGUARDING"],
  ["Family Front Door", "FFD"],
  ["Targeted Early Help", "TEH"],
  ["Through Care", "THROUGH-CARE"],
  ["Child Protection and Local Authority Designated Officer", "CP-LADO"],
];
const complimentsTable: TableLayoutInput = {
  id: "compliments",
  title: "Compliments by Service Area",
  source: "16.1",
  columns: YEARS.map((y) => ({ label: y.label })),
  rows: [
    ...complimentRows.map(([label, team]) => ({ label, cells: YEARS.map((y) => count({ ...compliments, groupBy: ["team"] }, y.year, [team])) })),
    { label: "Total", cells: YEARS.map((y) => count(compliments, y.year)) },
  ],
};

export const reportLayout: ReportLayoutInput = {
  title: "Children's Social Care Statutory Representations Procedure Annual Report {year}",
  rounding: { method: "half_up", percentDecimals: 0, averageDecimals: 1 },
  contents: { title: "Contents" },
  sections: [
    {
      id: "purpose",
      title: "1–4. Purpose, principles and outline of the procedure; learning from complaints",
      narrative: [
        { id: "purpose", prompt: "The period covered and the statutory basis (Children Act 1989; SI 2006/1738)." },
        { id: "learning", prompt: "Learning and service improvement taken from complaints completed in the year (4.5)." },
      ],
    },
    lgoSection,
    {
      id: "statistical-data",
      title: "6. Children’s Services Statistical Data",
      narrative: [{ id: "anomalies", prompt: "Why the figures differ between tables (6.1) and from the quarterly reports (6.2)." }],
    },
    {
      id: "number-of-complaints",
      title: "7. Number of Complaints",
      narrative: [{ id: "volumes", prompt: "What changed in the number of complaints and why (7.2–7.3)." }],
      tables: [complaintsByStage, complaintsByTeam, stage1Change],
      charts: [
        {
          id: "complaints-by-team-chart",
          type: "bar",
          table: "complaints-by-team",
          title: "Stage 1 complaints by team",
          columns: ["{year-1}", "{year}"],
          alt: "Bar chart of Stage 1 complaints received by team in the two years; the figures are in the table above.",
        },
      ],
    },
    {
      id: "nature-of-complaints",
      title: "8. Nature of Complaints",
      narrative: [{ id: "nature", prompt: "How the recording of complaint points changed and what the figures show (8.1)." }],
      tables: [natureOfComplaints],
      charts: [
        {
          id: "nature-of-complaints-chart",
          type: "bar",
          table: "nature-of-complaints",
          title: "Nature of complaints",
          columns: ["{year-1}", "{year}"],
          alt: "Bar chart of the points of complaint by nature in the two years; the figures are in the table above.",
        },
      ],
    },
    {
      id: "stage1-outcomes",
      title: "9. Stage 1 Outcomes",
      tables: [outcomeTable("stage1-outcomes", "Stage 1 Outcomes", "9.1", "stage1", true)],
    },
    {
      id: "stage2-outcomes",
      title: "10. Stage 2 Outcomes",
      narrative: [{ id: "stage2-reasons", prompt: "The top 3 reasons for Stage 2 complaints (10.3)." }],
      tables: [outcomeTable("stage2-outcomes", "Stage 2 Outcomes", "10.1", "stage2", false)],
    },
    {
      id: "review-panels",
      title: "11. Review Panels",
      narrative: [{ id: "panel-recommendations", prompt: "The panels' findings and recommendations (11.2)." }],
      tables: [
        byTeamTable(
          "review-panels-by-team",
          "Review Panel Hearings held, by team",
          "11.1",
          panels,
          [
            ["Assessment teams", "ASSESSMENT"],
            ["Safeguarding", "SAFEGUARDING"],
            ["Children with Disabilities", "CWD"],
          ],
          "{year}",
        ),
      ],
    },
    {
      id: "stage1-timescales",
      title: "12. Stage 1 Timescales",
      narrative: [{ id: "stage1-delays", prompt: "Why responses missed the timescale and what is being done (12.2, 12.6)." }],
      tables: [stage1Timescales, stage1TimescalesText],
      charts: [
        {
          id: "stage1-timescales-chart",
          type: "bar",
          table: "stage1-timescales",
          title: "Stage 1 response times",
          alt: "Bar chart of the percentage of Stage 1 complaints answered within 10, 20 and 40 working days and after 40, in the two years.",
        },
      ],
    },
    { id: "stage2-timescales", title: "13. Stage 2 Timescales", tables: [stage2Timescales, stage2TimescalesText] },
    { id: "stage3-timescales", title: "14. Stage 3 Timescales", tables: [stage3Timescales] },
    { id: "advocacy", title: "15. Advocacy", tables: [advocacy] },
    {
      id: "compliments",
      title: "16. Compliments",
      narrative: [{ id: "compliment-quotes", prompt: "A selection of compliments, with names redacted (16.2)." }],
      tables: [complimentsTable],
    },
  ],
};
