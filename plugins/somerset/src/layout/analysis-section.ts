import type { CellSpecInput } from "@csc/council-kit";
import { customerTypes, CUSTOMER_GROUPS, channels, teams } from "../vocabularies";
import {
  closed,
  COMPLAINTS,
  GEOGRAPHICAL_TEAMS,
  LAST_YEAR,
  narrative,
  picked,
  ratio,
  received,
  RESOLVED_BY_COUNCIL,
  share,
  shareChange,
  shareDirection,
  THIS_YEAR,
  total,
  TWO_YEARS_AGO,
  WHOLE_DAYS,
} from "./cells";
import { ANALYSIS_SUBSECTIONS } from "./analysis-subsections";
import { causeTables } from "./cause-tables";
import type { SectionInput } from "./overview-sections";

/**
 * Section 3, "Detailed Analysis", tables 3.1 to 3.5 (3.6 to 3.8 in ./cause-tables.ts). Bases, as the report uses
 * them: volumes on feedback received in the year; resolution stages, outcomes and resolution times on complaints
 * resolved (closed) in the year; customer profiles and channels on all feedback received.
 */
const label = (list: readonly { code: string; label: string }[], code: string): string => list.find((t) => t.code === code)?.label ?? code;

/** Section 3.1: a kind of feedback received, "Unknown" in a year with no records of it (before iCasework). */
const volume = (kind: string, yearOffset: number): CellSpecInput => picked(received(), "kind", kind, { yearOffset, whenEmpty: "Unknown" });

const RESOLUTION_ROWS = [
  ["Stage 1", "stage1"],
  ["Stage 2", "stage2"],
  ["Stage 3", "stage3"],
  ["LGO", "lgsco"],
] as const;

const OUTCOME_ROWS = ["UPHELD", "NOTUPHELD", "PARTIAL", "RUR", "WITHDRAWN"] as const;
const OUTCOME_LABELS: Record<(typeof OUTCOME_ROWS)[number], string> = {
  UPHELD: "Upheld",
  NOTUPHELD: "Not Upheld",
  PARTIAL: "Partially Upheld",
  RUR: "Resolved Upon Receipt",
  WITHDRAWN: "Case Withdrawn/Rejected",
};

const allFeedbackShare = (filter: Record<string, string[]>): CellSpecInput => ratio(received(filter), received());
const stage1Average = { metric: "average_working_days" as const, stage: "stage1" as const, filter: COMPLAINTS };

type TableInput = NonNullable<SectionInput["tables"]>[number];

const analysisTables: TableInput[] = [
  {
    id: "volumes",
    title: "3.1 Volumes and Comparisons",
    source: "3.1",
    columns: [{ label: TWO_YEARS_AGO }, { label: LAST_YEAR }, { label: THIS_YEAR }],
    rows: [
      ...(
        [
          ["CSC Complaints", "complaint"],
          ["CSC Compliments", "compliment"],
          ["CSC Comments", "comment"],
          ["CSC Member Enquiries", "member_enquiry"],
        ] as const
      ).map(([rowLabel, kind]) => ({ label: rowLabel, cells: [volume(kind, -2), volume(kind, -1), volume(kind, 0)] })),
      { label: "Total Feedback", cells: [total(received(), -2), total(received(), -1), total(received())] },
    ],
  },
  {
    id: "resolution-stages",
    title: "3.2 Resolution Stages",
    source: "3.2",
    note: "Complaints resolved (closed) in the year, each once at the furthest stage it reached. The 2016/17 percentages are of the complaints resolved at Stages 1-3.",
    columns: [{ label: `${LAST_YEAR} No.` }, { label: `${LAST_YEAR} %` }, { label: `${THIS_YEAR} No.` }, { label: `${THIS_YEAR} %` }],
    rows: [
      ...RESOLUTION_ROWS.map(([rowLabel, stage]) => ({
        label: rowLabel,
        cells: [
          picked(closed(COMPLAINTS), "resolutionStage", stage, { yearOffset: -1 }),
          ratio(closed({ ...COMPLAINTS, resolutionStage: [stage] }), closed(COMPLAINTS), -1),
          picked(closed(COMPLAINTS), "resolutionStage", stage),
          ratio(closed({ ...COMPLAINTS, resolutionStage: [stage] }), closed(RESOLVED_BY_COUNCIL)),
        ],
      })),
      {
        label: "Total",
        cells: [
          total(closed(COMPLAINTS), -1),
          ratio(closed(COMPLAINTS), closed(COMPLAINTS), -1),
          total(closed(COMPLAINTS)),
          ratio(closed(RESOLVED_BY_COUNCIL), closed(RESOLVED_BY_COUNCIL)),
        ],
      },
    ],
  },
  {
    id: "average-resolution-times",
    title: "3.2 Average Resolution Times (working days)",
    source: "3.2",
    note: 'Working days from the start of each stage to its response, for responses sent in the year (the seed prints "26 working days"; a format suffix is limited to 10 characters, so the unit is in the title). The LGO\'s is the time it took from the referral to its decision (lgsco_average_working_days).',
    columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
    rows: [
      { label: "Stage 1", cells: [total(stage1Average, -1, WHOLE_DAYS), total(stage1Average, 0, WHOLE_DAYS)] },
      {
        label: "Stage 2",
        cells: [total({ ...stage1Average, stage: "stage2" }, -1, WHOLE_DAYS), total({ ...stage1Average, stage: "stage2" }, 0, WHOLE_DAYS)],
      },
      {
        label: "LGO",
        cells: [
          total({ metric: "lgsco_average_working_days", filter: COMPLAINTS }, -1, WHOLE_DAYS),
          total({ metric: "lgsco_average_working_days", filter: COMPLAINTS }, 0, WHOLE_DAYS),
        ],
      },
    ],
  },
  {
    id: "outcomes",
    title: "3.3 Complaint Outcomes",
    source: "3.3",
    note: "The outcome recorded on each complaint closed in the year. The 2016/17 percentages are of the complaints resolved at Stages 1-3.",
    columns: [{ label: `${LAST_YEAR} %` }, { label: `${THIS_YEAR} Cases` }, { label: `${THIS_YEAR} %` }, { label: "+/-" }],
    rows: [
      ...OUTCOME_ROWS.map((code) => ({
        label: OUTCOME_LABELS[code],
        cells: [
          ratio(closed({ ...COMPLAINTS, "local:caseOutcome": [code] }), closed(COMPLAINTS), -1),
          picked(closed(COMPLAINTS), "local:caseOutcome", code),
          ratio(closed({ ...RESOLVED_BY_COUNCIL, "local:caseOutcome": [code] }), closed(RESOLVED_BY_COUNCIL)),
          shareDirection(closed(COMPLAINTS), closed(RESOLVED_BY_COUNCIL), "local:caseOutcome", code),
        ],
      })),
      {
        label: "Total",
        cells: [
          ratio(closed(COMPLAINTS), closed(COMPLAINTS), -1),
          total(closed(COMPLAINTS)),
          ratio(closed(RESOLVED_BY_COUNCIL), closed(RESOLVED_BY_COUNCIL)),
          { text: "" },
        ],
      },
    ],
  },
  {
    id: "customer-profile",
    title: "3.4 Customer Profiles: who gave feedback",
    source: "3.4",
    note: `Shares of all feedback received in the year, by customer type (${customerTypes.map((t) => t.label).join(", ")}).`,
    columns: [{ label: `${THIS_YEAR} %` }],
    rows: [
      {
        label: "Parents, guardians, carers or foster parents",
        cells: [allFeedbackShare({ localComplainantType: [...CUSTOMER_GROUPS.parentsAndCarers] })],
      },
      {
        label: "Children (in care, previously in care or leaving care)",
        cells: [allFeedbackShare({ localComplainantType: [...CUSTOMER_GROUPS.children] })],
      },
      {
        label: "Remaining",
        cells: [allFeedbackShare({ localComplainantType: [...CUSTOMER_GROUPS.advocates, ...CUSTOMER_GROUPS.otherOrResident] })],
      },
      {
        label: "Advocate or Independent Safeguarding Reviewing Officer",
        cells: [allFeedbackShare({ localComplainantType: [...CUSTOMER_GROUPS.advocates] })],
      },
      { label: "'Other' or 'resident'", cells: [allFeedbackShare({ localComplainantType: [...CUSTOMER_GROUPS.otherOrResident] })] },
    ],
  },
  {
    id: "equalities",
    title: "3.4 Customer Profiles: ethnicity and age recorded",
    source: "3.4",
    columns: [{ label: `${THIS_YEAR} %` }],
    rows: [
      { label: "Ethnicity not recorded or recorded as 'prefer not to say'", cells: [allFeedbackShare({ ethnicity: ["not_recorded", "PNS"] })] },
      { label: "Age not recorded", cells: [allFeedbackShare({ ageBand: ["not_recorded"] })] },
      { label: "Aged over 18", cells: [allFeedbackShare({ ageBand: ["OVER18"] })] },
      { label: "Aged under 18", cells: [allFeedbackShare({ ageBand: ["UNDER18"] })] },
      { label: "Preferred not to supply age", cells: [allFeedbackShare({ ageBand: ["PNS"] })] },
    ],
  },
  {
    id: "channels",
    title: "3.4 Contact Channel Used",
    source: "3.4",
    note: "Shares of all feedback received in the year; +/- is the change in percentage points.",
    columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }, { label: "+/-" }],
    rows: channels.map((c) => ({
      label: c.label,
      cells: [
        share(received(), "localChannel", c.code, -1),
        share(received(), "localChannel", c.code),
        shareChange(received(), "localChannel", c.code),
      ],
    })),
  },
  {
    id: "complaints-by-area",
    title: "3.5 Shares of complaints: geographical teams; Fostering, Adoption & Residential",
    source: "3.5",
    columns: [{ label: THIS_YEAR }],
    rows: [
      {
        label: "Assigned to the geographical teams (%)",
        cells: [ratio(received({ ...COMPLAINTS, team: GEOGRAPHICAL_TEAMS }), received(COMPLAINTS))],
      },
      {
        label: "Fostering, Adoption & Residential (%)",
        cells: [ratio(received({ ...COMPLAINTS, team: ["FAR"] }), received(COMPLAINTS), 0, { type: "percent", decimals: 1 })],
      },
    ],
  },
  {
    id: "service-area-resolution-times",
    title: "3.5 Average resolution times across service areas for Stage One complaints",
    source: "3.5",
    columns: [{ label: "Average Resolution Time (working days)" }],
    rows: ["FR", "FAR", "UNASSIGNED", "SCQA", "DIS", "TWS", "SEDGEMOOR", "LC", "MENDIP", "SS"].map((code) => ({
      label: label(teams, code),
      cells: [picked(stage1Average, "team", code, { format: WHOLE_DAYS })],
    })),
  },
  {
    id: "complaints-by-service-area",
    title: "3.5 Complaints by Service Area",
    source: "3.5 (chart)",
    note: "The figures behind the seed's chart (which prints none): complaints received in the year by service area.",
    columns: [{ label: "Complaints" }, { label: "%" }],
    rows: ["TWS", "SEDGEMOOR", "MENDIP", "SS", "FAR", "LC", "FR", "UNASSIGNED", "SCQA", "DIS"].map((code) => ({
      label: label(teams, code),
      cells: [picked(received(COMPLAINTS), "team", code), share(received(COMPLAINTS), "team", code)],
    })),
  },
  ...causeTables,
];

export const analysisSections: SectionInput[] = [
  {
    id: "3-detailed-analysis",
    title: "Section 3 Detailed Analysis",
    narrative: [narrative("detailed-analysis", "Commentary on the detailed analysis.")],
  },
  ...ANALYSIS_SUBSECTIONS.map(([id, title, ids, extra]) => ({
    id,
    title,
    tables: ids.map((tableId) => {
      const table = analysisTables.find((t) => t.id === tableId);
      if (!table) throw new Error(`analysis table ${tableId} is not defined`);
      return table;
    }),
    ...extra,
  })),
];
