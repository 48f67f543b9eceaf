import type { ReportLayoutInput, TableLayoutInput } from "@csc/council-kit";
import type { MeasureSpecInput } from "@csc/rules";
import { type YearOffset, count, countOrZero, percent, percentRise, ref, stage1Intake, total } from "./cells";
import { outcomes, reasonCategories, serviceAreas, teamsUnder } from "../vocabularies";

/**
 * The 2021/22 annual report's layout: every table that reports figures, in the seed's order, with its titles,
 * row labels and columns; the LGO (5), review panel (11), timescale (12–14) and advocacy (15) figures the seed
 * states in its text are tables too. `{year}` is the report's financial year, `{year-1}` the one before.
 *
 * Percentages: the seed prints each at its own precision, even within one column (7.1 shows 17% beside
 * 52.5%), so each percentage cell carries the decimals the seed printed (half up).
 */
const YEARS: readonly { year: YearOffset; label: string }[] = [
  { year: -1, label: "{year-1}" },
  { year: 0, label: "{year}" },
];
const YEAR_COLUMNS = YEARS.map((y) => ({ label: y.label }));
const YEAR_AND_PERCENT_COLUMNS = YEARS.flatMap((y) => [{ label: y.label }, { label: `${y.label} %` }]);

const complaint = { kind: ["complaint"] };

// ---- 7. Number of complaints -------------------------------------------------------------------------------

/** Stage 2 volumes count investigations begun (the agreed statement); review panels count those completed. */
const BY_STAGE: readonly [string, MeasureSpecInput][] = [
  ["Local / Stage 1 Complaints", stage1Intake()],
  ["Formal / Stage 2 Complaints", { metric: "stages_started", stage: "stage2" }],
  ["Review Panels / Stage 3’s held", { metric: "cases_completed", stage: "stage3" }],
  ["Local Government and Social Care Ombudsman", { metric: "lgsco_referrals" }],
];

const complaintsByStage: TableLayoutInput = {
  id: "complaints-by-stage",
  title: "Children Services Complaints",
  source: "7.1",
  columns: YEAR_COLUMNS,
  rows: [
    ...BY_STAGE.map(([label, measure]) => ({ label, cells: YEARS.map((y) => count(measure, y.year)) })),
    // The seed's Total adds the four rows' different counts (a sum cell).
    { label: "Total", cells: YEARS.map((y) => total(BY_STAGE.map(([, measure]) => ref(measure, y.year)))) },
  ],
  note: "The seed's Total row adds four different counts; 2021/22's printed 257 is not the rows' sum (255): see the README.",
};

/** 7.2's rise on last year: a percentage change of the Stage 1 count. */
const stage1Change: TableLayoutInput = {
  id: "stage1-change",
  title: "Rise in Stage 1 complaints from last year",
  source: "7.2",
  columns: [{ label: "{year}" }],
  rows: [{ label: "Rise in Stage 1 complaints from last year (%)", cells: [percentRise(stage1Intake())] }],
  note: "The seed's 16% is (213 − 183) ÷ 183 = 16.4%, printed as a whole percent.",
};

const TEAM_PERCENT_DECIMALS: Record<YearOffset, Readonly<Record<string, number>>> = {
  [-1]: { SAFEGUARDING: 1, "RES-COMM": 1 },
  [0]: Object.fromEntries(serviceAreas.map((a) => [a.code, 2])),
};

const complaintsByTeam: TableLayoutInput = {
  id: "complaints-by-team",
  title: "Children Services Team",
  source: "7.1",
  columns: YEAR_AND_PERCENT_COLUMNS,
  rows: [
    ...serviceAreas.map((area) => ({
      label: area.label,
      cells: YEARS.flatMap((y) => {
        const measure = { ...stage1Intake({ team: teamsUnder(area.code) }), groupBy: ["stage"] } satisfies MeasureSpecInput;
        return [
          count(measure, y.year, ["stage1"]),
          percent(ref(measure, y.year, ["stage1"]), ref(stage1Intake(), y.year), TEAM_PERCENT_DECIMALS[y.year][area.code] ?? 0),
        ];
      }),
    })),
    {
      label: "Total",
      cells: YEARS.flatMap((y) => [count(stage1Intake(), y.year), percent(ref(stage1Intake(), y.year), ref(stage1Intake(), y.year), 0)]),
    },
  ],
  note: "¹ ACE is a regional adoption agency. Each complaint is counted once, under the service area of its team.",
};

// ---- 8. Nature of complaints -------------------------------------------------------------------------------

const reasons: MeasureSpecInput = { metric: "reasons", basis: "received", filter: complaint, groupBy: ["reasonCategory"] };
const allReasons: MeasureSpecInput = { metric: "reasons", basis: "received", filter: complaint };
const NATURE_PERCENT_DECIMALS: Record<YearOffset, Readonly<Record<string, number>>> = {
  [-1]: { COMMUNICATION: 1, "INFO-SHARING": 1, "ASSESSMENT-QUALITY": 1, "PRACTICE-NON-COMPLIANT": 1 },
  [0]: {},
};

const natureOfComplaints: TableLayoutInput = {
  id: "nature-of-complaints",
  title: "Nature of Complaints",
  source: "8.1",
  columns: YEAR_AND_PERCENT_COLUMNS,
  rows: [
    ...reasonCategories.map((r) => ({
      label: r.label,
      cells: YEARS.flatMap((y) => [
        count(reasons, y.year, [r.code]),
        percent(ref(reasons, y.year, [r.code]), ref(allReasons, y.year), NATURE_PERCENT_DECIMALS[y.year][r.code] ?? 0),
      ]),
    })),
    { label: "Total", cells: YEARS.flatMap((y) => [count(allReasons, y.year), percent(ref(allReasons, y.year), ref(allReasons, y.year), 0)]) },
  ],
  note: "Complaints may concern more than one issue, so the points of complaint outnumber the complaints (6.1).",
};

// ---- 9–10. Outcomes ----------------------------------------------------------------------------------------

function outcomeTable(id: string, title: string, source: string, stage: "stage1" | "stage2", withPercent: boolean): TableLayoutInput {
  const byOutcome: MeasureSpecInput = { metric: "cases_completed", stage, groupBy: ["localOutcome"] };
  const all: MeasureSpecInput = { metric: "cases_completed", stage };
  const labels = outcomes.filter((o) => o.code.startsWith("S2-") === (stage === "stage2"));
  const decimals: Record<YearOffset, number> = { [-1]: 1, [0]: 0 };
  return {
    id,
    title,
    source,
    columns: withPercent ? YEAR_AND_PERCENT_COLUMNS : YEAR_COLUMNS,
    rows: [
      ...labels.map((o) => ({
        label: o.label,
        cells: YEARS.flatMap((y) => [
          count(byOutcome, y.year, [o.code]),
          ...(withPercent ? [percent(ref(byOutcome, y.year, [o.code]), ref(all, y.year), decimals[y.year])] : []),
        ]),
      })),
      {
        label: "Total",
        cells: YEARS.flatMap((y) => [count(all, y.year), ...(withPercent ? [percent(ref(all, y.year), ref(all, y.year), 0)] : [])]),
      },
    ],
  };
}

// ---- 5. LGO, 11. Review panels -----------------------------------------------------------------------------

function byTeamTable(
  id: string,
  title: string,
  source: string,
  measure: MeasureSpecInput,
  rows: readonly [string, string][],
  column: string,
): TableLayoutInput {
  const grouped = { ...measure, groupBy: ["team"] } satisfies MeasureSpecInput;
  return {
    id,
    title,
    source,
    columns: [{ label: column }],
    rows: [...rows.map(([label, team]) => ({ label, cells: [count(grouped, 0, [team])] })), { label: "Total", cells: [count(measure, 0)] }],
  };
}

const LGO_TEAMS: [string, string][] = [
  ["Safeguarding", "SAFEGUARDING"],
  ["Child Protection and the Local Authority Designated Officer", "CP-LADO"],
  ["Assessment Teams", "ASSESSMENT"],
  ["Through Care Service", "THROUGH-CARE"],
  ["Family Front Door", "FFD"],
];

const LGO_DECISIONS_BY_TEAM: [string, string, string][] = [
  ["Safeguarding: Closed after Initial Inquiries: Out of Jurisdiction", "SAFEGUARDING", "CAII-OOJ"],
  ["Safeguarding: Closed after Initial Investigation: No further action", "SAFEGUARDING", "CAIINV-NFA"],
  ["Safeguarding: Upheld: Maladministration and Injustice", "SAFEGUARDING", "UPHELD-MI"],
  ["Safeguarding: Not Upheld: No further action", "SAFEGUARDING", "NOT-UPHELD-NFA"],
  ["Child Protection and the Local Authority Designated Officer: Not Upheld: No Maladministration", "CP-LADO", "NOT-UPHELD-NM"],
  ["Assessment Teams: Closed after Initial Investigation: No further Action", "ASSESSMENT", "CAIINV-NFA"],
  ["Through Care Service: Closed after Initial Investigation: No further action", "THROUGH-CARE", "CAIINV-NFA"],
  ["Family Front Door: Closed after Initial Investigation: Out of Jurisdiction", "FFD", "CAIINV-OOJ"],
];

const lgoSection = {
  id: "lgo",
  title: "5. Local Government and Social Care Ombudsman Complaints",
  narrative: [{ id: "lgo-learning", prompt: "What the LGO's decisions say about the council's complaint handling (5.3)." }],
  tables: [
    byTeamTable(
      "lgsco-complaints-by-team",
      "Complaints made to the LGO in the year, by team",
      "5.1",
      { metric: "lgsco_referrals" },
      [
        ["Safeguarding", "SAFEGUARDING"],
        ["Assessment Teams", "ASSESSMENT"],
        ["Family Front Door", "FFD"],
        ["Through Care Service", "THROUGH-CARE"],
      ],
      "{year}",
    ),
    byTeamTable("lgsco-determinations", "LGO determinations in the year, by team", "5.2", { metric: "lgsco_decisions" }, LGO_TEAMS, "{year}"),
    {
      id: "lgsco-determinations-by-decision",
      title: "LGO determinations in the year, by team and decision",
      source: "5.2",
      columns: [{ label: "{year}" }],
      rows: LGO_DECISIONS_BY_TEAM.map(([label, team, decision]) => ({
        label,
        cells: [count({ metric: "lgsco_decisions", groupBy: ["team", "localDecision"] }, 0, [team, decision])],
      })),
    },
    {
      id: "lgsco-upheld",
      title: "LGO determinations upheld",
      source: "5.3",
      columns: [{ label: "{year}" }],
      rows: [{ label: "Upheld by the LGO", cells: [countOrZero({ metric: "lgsco_decisions", filter: { lgscoDecision: ["upheld"] } }, 0)] }],
    },
  ],
} satisfies ReportLayoutInput["sections"][number];

export { complaintsByStage, stage1Change, complaintsByTeam, natureOfComplaints, outcomeTable, byTeamTable, lgoSection };
