import type { PublishedException } from "@csc/council-kit";

/**
 * Published cells this adapter does not reproduce, each with its reason (also in the README). Everything else
 * the seed publishes is computed from the fixture's case records and compared cell by cell; the context figures of
 * para 14 are the council's supplied figures (../context-figures.ts), shown by context cells and compared too.
 */
export const PUBLISHED_EXCEPTIONS: PublishedException[] = [
  {
    year: 2018,
    table: "stage2-investigations",
    row: "Following the Children's Social Care complaints procedure",
    column: "2018/19",
    reason:
      "Para 13 says 3 of the 5 Stage 2 investigations followed the statutory procedure and 2 the corporate one; para 31 says 2 and 3, and gives each one's timescale. Both cannot be true; the records follow para 31, so this cell computes 2.",
  },
  {
    year: 2018,
    table: "stage2-investigations",
    row: "Following the council's Corporate Complaints procedure",
    column: "2018/19",
    reason:
      "Para 13 says 2 corporate Stage 2 investigations; para 31 says 3 (1 ongoing, 2 beyond 25 working days). The records follow para 31, so this cell computes 3.",
  },
];
