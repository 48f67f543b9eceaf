import type { PublishedException } from "@csc/council-kit";

/**
 * Published 2016/17 cells the report does not reproduce, each with its reason (also listed in README.md): one
 * change the seed rounds unlike the others, figures the council did not state ("N/A"), and three figures of the seed that no counting rule reproduces together with the rest.
 */
const ROUNDED_UNLIKE_THE_REST =
  "The seed prints the size of each change beside its word, truncated to one decimal (77.78 is printed 77.7, 11.88 is 11.8, 8.15 is 8.1), and the cell truncates likewise; but the All Feedback decrease of 4.698 is printed 4.7 (rounded), where truncation gives 4.6. No single rounding reproduces all four (half up would print 11.9 and 8.2).";
const NOT_STATED =
  "The seed prints 'N/A': the council did not state 2015/16 average resolution times at Stage 2 or for the LGO. The fixture's 2015/16 records (10 complaints resolved at Stage 2) give a computed average, so the cell shows it.";

const YEAR = 2016;

export const publishedExceptions: PublishedException[] = [
  { year: YEAR, table: "previous-year-comparison", row: "All Feedback", column: "%", reason: ROUNDED_UNLIKE_THE_REST },
  {
    year: YEAR,
    table: "resolution-stages",
    row: "LGO",
    column: "2016/17 %",
    reason:
      "The 2016/17 percentages are of the 255 complaints resolved at Stages 1-3 (253 of 255 = 99%, as published; of all 257 it would be 98%). On that base the seed gives the two complaints the LGO concluded 0; a share of them (2 of 255 = 1%) is what the cell computes.",
  },
  { year: YEAR, table: "average-resolution-times", row: "Stage 2", column: "2015/16", reason: NOT_STATED },
  { year: YEAR, table: "average-resolution-times", row: "LGO", column: "2015/16", reason: NOT_STATED },
  {
    year: YEAR,
    table: "primary-causes",
    row: "Confidentiality",
    column: "%",
    reason:
      "7 of 267 is 2.6%, which rounds to 3; the seed prints 2. No base or rounding reproduces it together with the other rows (Professionalism 39 = 15% needs a base of at most 269; Confidentiality 7 = 2% needs more than 280).",
  },
  {
    year: YEAR,
    table: "cause-themes-compared",
    row: "Communication, service provision and attitude & behaviour of staff (%)",
    column: "2016/17",
    reason:
      "The seed's 56% is the sum of the three themes' rounded shares (22 + 19 + 15); the share of the 151 complaints in those themes is 151 of 267 = 56.6%, which rounds to 57.",
  },
];
