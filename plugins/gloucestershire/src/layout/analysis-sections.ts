import type { ReportLayoutInput } from "@csc/council-kit";
import type { MeasureSpecInput } from "@csc/rules";
import { REASON_CATEGORIES, REASONS } from "../reasons";
import { BLANK, COMPLAINT, CONCERNS, complaintsReceived, count, offsetOf, percent, percentMeasure, stageStarted, YEAR_COLUMNS } from "./cells";

type Section = ReportLayoutInput["sections"][number];
type Filter = MeasureSpecInput["filter"];

const reasons = (filter: Filter): MeasureSpecInput => ({ metric: "reasons", basis: "received", filter: { ...COMPLAINT, ...filter } });

/** Para 21: each category's total, then its reasons, in the seed's order. */
export const reasonsSection: Section = {
  id: "reasons",
  title: "Reasons for complaint",
  narrative: [{ id: "trends", prompt: "The reasons most frequently given for complaints, and trends" }],
  tables: [
    {
      id: "reasons",
      title: "Reasons for complaints received",
      source: "para 21",
      note: "There can be multiple reasons for a complaint, which is why the total number of complaints and total number of reasons for complaint are different (para 22).",
      columns: [{ label: "Number" }, { label: "Total" }],
      rows: REASON_CATEGORIES.flatMap((category) => [
        { label: category.label, cells: [BLANK, count(reasons({ reasonCategory: [category.code] }))] },
        ...REASONS.filter((r) => r.parent === category.code).map((reason) => ({
          label: reason.label,
          cells: [count(reasons({ reason: [reason.code] })), BLANK],
        })),
      ]),
    },
  ],
  // The nine categories (their figures are in the "Total" column; the reasons' rows have none there).
  charts: [{ id: "reasons-chart", type: "bar", table: "reasons", columns: ["Total"], alt: "Reasons for complaints received, by category" }],
};

const stage1Responses = (filter?: Filter): MeasureSpecInput => ({
  metric: "cases_completed",
  stage: "stage1",
  basis: "received",
  ...(filter ? { filter } : {}),
});
const OUTCOME_YEARS = ["{year-2}", "{year-1}", "{year}"] as const;

export const outcomesSection: Section = {
  id: "outcomes",
  title: "Social Care complaint outcomes",
  tables: [
    {
      id: "outcomes",
      title: "Stage 1 complaints found to have some justification (fully or partially upheld)",
      source: "para 24",
      columns: OUTCOME_YEARS.map((label) => ({ label })),
      rows: [
        { label: "Stage 1 complaints received", cells: OUTCOME_YEARS.map((c) => count(stageStarted("stage1"), offsetOf(c))) },
        {
          label: "Fully or partially upheld (%)",
          cells: OUTCOME_YEARS.map((c) => percent(stage1Responses({ outcome: ["upheld", "partially_upheld"] }), stageStarted("stage1"), offsetOf(c))),
        },
      ],
    },
    {
      id: "stage1-outcomes",
      title: "Outcomes of Stage 1 complaints received in the year",
      source: "para 24 (chart) and para 25",
      note: "Where the Complaints team has not received information on the outcome of concerns raised, these have been recorded as 'not progressing' (para 25).",
      columns: [{ label: "Number", cell: { measure: { ...stage1Responses(), groupBy: ["localOutcome"] }, format: "count" } }],
      rowsFrom: { dimension: "localOutcome" },
    },
  ],
  charts: [{ id: "stage1-outcomes-chart", type: "pie", table: "stage1-outcomes", alt: "Outcomes of the Stage 1 complaints received in the year" }],
};

export const improvingSection: Section = {
  id: "improving-services",
  title: "Improving services as a result of complaints",
  narrative: [
    { id: "learning", prompt: "How learning from complaints contributes to practice development and service improvement" },
    { id: "actions", prompt: "Issue and action: examples of actions taken by individuals or teams as a result of concerns being raised" },
  ],
  records: [{ id: "learning-actions", kind: "learning", title: "Issue and action", source: "para 27" }],
};

const stage2 = (filter: Filter): MeasureSpecInput => ({ metric: "stages_started", stage: "stage2", filter });

export const timelinessSection: Section = {
  id: "timeliness",
  title: "How quickly are we responding to complaints?",
  narrative: [
    { id: "acknowledgement-delays", prompt: "The reasons for delays in acknowledging complaints" },
    { id: "late-responses", prompt: "Reasons for late responses" },
  ],
  tables: [
    {
      id: "acknowledgement",
      title: "Complaints acknowledged within 2 working days (local policy)",
      source: "para 29",
      columns: [{ label: "{year}" }],
      rows: [
        {
          label: "Complaints acknowledged within 2 working days (%)",
          cells: [percentMeasure({ metric: "percent_acknowledged_in_target", basis: "received", filter: COMPLAINT })],
        },
      ],
    },
    {
      id: "stage1-timeliness",
      title: "Performance for responding to complaints at Stage 1",
      source: "para 30",
      note: "Within the agreed timescale: 10 working days, or 20 where extended (SI 2006/1738 reg 14).",
      columns: YEAR_COLUMNS.map((label) => ({ label })),
      rows: [
        {
          label: "% of Social Care complaints responded to within agreed timescale",
          cells: YEAR_COLUMNS.map((c) => percentMeasure({ metric: "percent_within_timescale", stage: "stage1", basis: "received" }, offsetOf(c))),
        },
      ],
    },
    {
      id: "stage2-timeliness",
      title: "Stage 2 investigations and their timescales",
      source: "para 31",
      columns: [{ label: "{year}" }],
      rows: [
        { label: "Complaints investigated at Stage 2", cells: [count(stageStarted("stage2"))] },
        {
          label: "Following the statutory Children's Social Care complaints process",
          cells: [count(stage2({ procedure: ["childrens_statutory"] }))],
        },
        {
          label: "Completed within the permitted timeframe (65 working days)",
          // SI 2006/1738 reg 17: 25 working days, extendable to 65.
          cells: [
            count({
              metric: "within_timescale",
              stage: "stage2",
              basis: "received",
              withinWorkingDays: 65,
              filter: { procedure: ["childrens_statutory"] },
            }),
          ],
        },
        { label: "Following the council's Corporate Complaints process", cells: [count(stage2({ procedure: ["corporate"] }))] },
        {
          label: "Corporate investigations still ongoing",
          cells: [count({ metric: "open_at_end", stage: "stage2", filter: { procedure: ["corporate"] } })],
        },
        {
          label: "Corporate investigations exceeding the council's 25 working day timeframe",
          // Gloucestershire Corporate Complaints Policy: Stage 2 within 25 working days (para 31).
          cells: [
            count({ metric: "outside_timescale", stage: "stage2", basis: "received", withinWorkingDays: 25, filter: { procedure: ["corporate"] } }),
          ],
        },
        { label: "Complaints progressed to a Stage 3 review panel", cells: [count(stageStarted("stage3"))] },
      ],
    },
  ],
  charts: [
    {
      id: "stage1-timeliness-chart",
      type: "line",
      table: "stage1-timeliness",
      alt: "Stage 1 responses within the agreed timescale, 2015/16 to 2018/19",
    },
  ],
};

const share = (filter: Filter): ReturnType<typeof percent> =>
  percent({ metric: "cases_received", filter: { ...COMPLAINT, ...filter } }, complaintsReceived);
const shareWhereStated = (dimension: "ethnicity" | "disability", codes: string[], stated: string[]): ReturnType<typeof percent> =>
  percent(
    { metric: "cases_received", filter: { ...COMPLAINT, [dimension]: codes } },
    { metric: "cases_received", filter: { ...COMPLAINT, [dimension]: stated } },
  );

export const whoSection: Section = {
  id: "who",
  title: "Who is using the complaints procedure?",
  narrative: [{ id: "equalities", prompt: "Analysis of the equalities and diversity data returned" }],
  tables: [
    {
      id: "who-complained",
      title: "Who made Children's Social Care complaints",
      source: "para 33",
      columns: [{ label: "{year}" }],
      rows: [
        { label: "Children and young people (or via an advocate) (%)", cells: [share({ madeByChild: ["true"] })] },
        { label: "Parents (%)", cells: [share({ localComplainantType: ["PARENT"] })] },
        { label: "Foster carers and Special Guardians (%)", cells: [share({ localComplainantType: ["FC", "SG"] })] },
        { label: "Women (%)", cells: [share({ gender: ["F"] })] },
        { label: "Men (%)", cells: [share({ gender: ["M"] })] },
        {
          label: "British, where stated (%)",
          cells: [shareWhereStated("ethnicity", ["BRITISH"], ["BRITISH", "ENGLISH", "WELSH", "OTHERUK", "OTHER"])],
        },
        { label: "Disabled, where stated (%)", cells: [shareWhereStated("disability", ["Y"], ["Y", "N"])] },
      ],
    },
  ],
};

export const childrenSection: Section = {
  id: "children-and-young-people",
  title: "How are children and young people supported to raise concerns?",
  narrative: [{ id: "advocacy", prompt: "Advocacy (Barnardo's) and how young people raise concerns informally" }],
  tables: [
    {
      id: "children-and-young-people",
      title: "Young people raising comments and complaints",
      source: "paras 36-37",
      columns: [{ label: "{year}" }],
      rows: [
        {
          label: "Young people who raised comments and complaints",
          cells: [count({ metric: "cases_received", filter: { ...CONCERNS, madeByChild: ["true"] } })],
        },
        {
          label: "supported by Barnardo's advocates in making their complaints",
          cells: [count({ metric: "advocacy_taken", filter: { ...COMPLAINT, advocacyProvider: ["Barnardo's"] } })],
        },
        {
          label: "Young people who used the Mind of My Own app to raise concerns",
          cells: [count({ metric: "cases_received", filter: { ...CONCERNS, madeByChild: ["true"], localChannel: ["MOMO"] } })],
        },
      ],
    },
  ],
};

const byTeam = (kind: string): { label: string; cell: ReturnType<typeof count> }[] => [
  { label: "Number", cell: count({ metric: "cases_received", filter: { kind: [kind] }, groupBy: ["team"] }) },
];

/** Appendices 1 and 2 are charts by team; the seed prints no figures for them. */
export const appendices: Section[] = [
  {
    id: "appendix-1",
    title: "Appendix 1",
    tables: [
      {
        id: "compliments-by-team",
        title: "Number of compliments received for Social Care, by team",
        source: "Appendix 1",
        columns: byTeam("compliment"),
        rowsFrom: { dimension: "team" },
      },
    ],
    charts: [{ id: "compliments-by-team-chart", type: "bar", table: "compliments-by-team", alt: "Compliments received, by team" }],
  },
  {
    id: "appendix-2",
    title: "Appendix 2",
    tables: [
      {
        id: "complaints-by-team",
        title: "Complaints received, by the team working with the child or young person",
        source: "Appendix 2",
        columns: byTeam("complaint"),
        rowsFrom: { dimension: "team" },
      },
    ],
    charts: [{ id: "complaints-by-team-chart", type: "bar", table: "complaints-by-team", alt: "Complaints received, by team" }],
  },
];
