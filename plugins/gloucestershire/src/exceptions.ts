import type { PublishedException } from "@csc/council-kit";

/**
 * Published cells this adapter does not reproduce, each with its reason (also in the README). Everything else
 * the seed publishes is computed from the fixture's case records and compared cell by cell.
 */
const CONTEXT_REASON =
  "Context figure from the council's children's social care system (contacts, children in care, plans, assessments), not from complaint records: the platform has no source for it, and writing it into the layout would be a figure not computed from records.";
const CHANGE_REASON =
  "A percentage change on the previous year; true to the seed's own counts, but the contract's ratio cell computes 100 × a ÷ b only, with no percentage-change cell (reported to the team lead).";

const contextRows = [
  "Total number of contacts received by Children's Services",
  "Total number of children in care",
  "Total number of children subject to Child Protection Plans",
  "Total number of children assessed as Children in Need",
  "Total number of Single Assessments completed",
  "Total number of Single Assessments completed in up to 45 working days",
];

export const PUBLISHED_EXCEPTIONS: PublishedException[] = [
  { year: 2018, table: "summary", row: "Rise in contacts managed as Informal Local Resolutions or Comments (%)", column: "2018/19", reason: `93.22% = (114 − 59) ÷ 59. ${CHANGE_REASON}` },
  { year: 2018, table: "complaints-in-context", row: "Increase in formal complaints recorded (%)", column: "2018/19", reason: `16% = (178 − 153) ÷ 153, rounded. ${CHANGE_REASON}` },
  {
    year: 2018,
    table: "stage2-investigations",
    row: "Following the Children's Social Care complaints procedure",
    column: "2018/19",
    reason: "Para 13 says 3 of the 5 Stage 2 investigations followed the statutory procedure and 2 the corporate one; para 31 says 2 and 3, and gives each one's timescale. Both cannot be true; the records follow para 31, so this cell computes 2.",
  },
  {
    year: 2018,
    table: "stage2-investigations",
    row: "Following the council's Corporate Complaints procedure",
    column: "2018/19",
    reason: "Para 13 says 2 corporate Stage 2 investigations; para 31 says 3 (1 ongoing, 2 beyond 25 working days). The records follow para 31, so this cell computes 3.",
  },
  ...contextRows.flatMap((row) =>
    (["2017/18", "2018/19"] as const).map((column) => ({ year: 2018, table: "context", row, column, reason: CONTEXT_REASON })),
  ),
  {
    year: 2018,
    table: "complaints-in-context",
    row: "Complaints received as a share of contacts",
    column: "2018/19",
    reason: `"Less than 1%" is 178 complaints of 29,854 contacts: the contacts are a context figure. ${CONTEXT_REASON}`,
  },
  {
    year: 2018,
    table: "complaints-in-context",
    row: "Further complaints recorded by the Ombudsman for Children's Services outside the scope of this report",
    column: "2018/19",
    reason: "The 8 further Ombudsman complaints concern education services (home to school transport, SEN, school admissions appeals), outside children's social care and outside these records.",
  },
];
