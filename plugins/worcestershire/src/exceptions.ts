import type { PublishedException } from "@csc/council-kit";

/**
 * Published cells the report does not reproduce, each with its reason (also in the README). Everything else
 * in published/2021.json is compared cell by cell.
 */
export const publishedExceptions: PublishedException[] = [
  {
    year: 2021,
    table: "complaints-by-stage",
    row: "Total",
    column: "2021/22",
    reason:
      "the seed's figures disagree: 213 + 25 + 6 + 11 = 255, but the Total printed is 257; the Total is a sum cell of the four rows, so it computes 255 (2020/21's 216 = 183 + 21 + 5 + 7 is reproduced)",
  },
  {
    year: 2021,
    table: "nature-of-complaints",
    row: "General lack of Communication",
    column: "2020/21 %",
    reason:
      "2020/21's percentages were taken of 200, not the 199 points of complaint the table totals: 63 ÷ 199 = 31.7%, printed 31.5% (= 63 ÷ 200); the table's other 2020/21 percentages agree with 199 at the precision printed",
  },
  {
    year: 2021,
    table: "stage1-timescales-text",
    row: "Responded to within the maximum 20 working days (12.4)",
    column: "2021/22",
    reason: "12.4 adds the rounded bands (15.5% + 82% = 97.5%); computed from the same 208 of 213 complaints it is 97.7%",
  },
  {
    year: 2021,
    table: "stage1-timescales-text",
    row: "Dealt with in the required timescales (12.5)",
    column: "2021/22",
    reason: "12.5 repeats 12.4's sum of rounded bands (15.5% + 82% = 97.5%); computed from the same 208 of 213 complaints it is 97.7%",
  },
];
