import type { PublishedException } from "@csc/council-kit";

/**
 * Published 2016/17 cells the report does not reproduce, each with its reason (also listed in README.md). Most
 * are cells the layout contract cannot express (a change on the previous year, "<1", a time the Ombudsman
 * took); three are figures of the seed that no counting rule reproduces together with the rest.
 */
const CHANGE =
  "The seed states the change on the previous year; the layout contract has no cell that subtracts one measure from another (or one year's percentage from another's), so this column holds an empty text cell. Both years' figures are in the layout and compared.";
const LESS_THAN_ONE =
  "The seed prints '<1' for a share under 1% (1 of 267 = 0.4%); the contract's formats have no 'less than' display, so the cell shows 0 (the count, 1, is compared in the Total column).";
const NOT_STATED =
  "The seed prints 'N/A': the council did not state 2015/16 average resolution times at Stage 2 or for the LGO. The fixture's 2015/16 records (10 complaints resolved at Stage 2) give a computed average, so the cell shows it.";

const YEAR = 2016;
const change = (table: string, row: string, column = "+/-"): PublishedException => ({ year: YEAR, table, row, column, reason: CHANGE });

export const publishedExceptions: PublishedException[] = [
  ...["All Feedback", "Complaint", "Compliment", "Comment", "Member Enquiries"].flatMap((row) => [
    change("previous-year-comparison", row, "+/-"),
    change("previous-year-comparison", row, "%"),
  ]),
  { year: YEAR, table: "resolution-stages", row: "LGO", column: "2016/17 %", reason: "The 2016/17 percentages are of the 255 complaints resolved at Stages 1-3 (253 of 255 = 99%, as published; of all 257 it would be 98%). On that base the seed gives the two complaints the LGO concluded 0; a share of them (2 of 255 = 1%) is what the cell computes." },
  { year: YEAR, table: "average-resolution-times", row: "Stage 2", column: "2015/16", reason: NOT_STATED },
  { year: YEAR, table: "average-resolution-times", row: "LGO", column: "2015/16", reason: NOT_STATED },
  { year: YEAR, table: "average-resolution-times", row: "LGO", column: "2016/17", reason: "319 working days is the time the LGO took (from the complaint to its decision); the rules' METRICS catalogue has no measure of an LGSCO referral's duration (average_working_days is per stage of the council's procedure), so the cell is an empty text cell." },
  ...["Upheld", "Not Upheld", "Partially Upheld", "Resolved Upon Receipt", "Case Withdrawn/Rejected"].map((row) => change("outcomes", row)),
  ...["Phone", "Email", "Letter", "Self-Service", "Form", "In Person", "Text"].map((row) => change("channels", row)),
  ...["Other policy/procedure cause", "Failure to deliver a service", "Refusal to do something", "Other service Failure Cause", "Failure to do something"].map(
    (row): PublishedException => ({ year: YEAR, table: "primary-causes", row, column: "%", reason: LESS_THAN_ONE }),
  ),
  { year: YEAR, table: "primary-causes", row: "Confidentiality", column: "%", reason: "7 of 267 is 2.6%, which rounds to 3; the seed prints 2. No base or rounding reproduces it together with the other rows (Professionalism 39 = 15% needs a base of at most 269; Confidentiality 7 = 2% needs more than 280)." },
  { year: YEAR, table: "cause-themes-compared", row: "Communication, service provision and attitude & behaviour of staff (%)", column: "2016/17", reason: "The seed's 56% is the sum of the three themes' rounded shares (22 + 19 + 15); the share of the 151 complaints in those themes is 151 of 267 = 56.6%, which rounds to 57." },
];
