import type { PublishedException } from "@csc/council-kit";

/**
 * Published cells the report does not reproduce, each with its reason (also listed in README.md). The seed's
 * figures are consistent with one another; these cells are left out only because the layout contract cannot
 * express them.
 */
const CHANGE_REASON =
  "Sections 7.1 and 7.2 state the change on the previous year ('increased by', 'a decrease of'); the layout contract has no cell that subtracts one measure from another, so the 'Change on previous year' column holds an empty text cell. Both years' counts are in the layout and compared.";

export const publishedExceptions: PublishedException[] = [
  { year: 2020, table: "compliments", row: "Compliments received", column: "Change on previous year", reason: CHANGE_REASON },
  { year: 2020, table: "complaints-received", row: "Complaints received", column: "Change on previous year", reason: CHANGE_REASON },
  { year: 2020, table: "complaints-received", row: "Complaints investigated", column: "Change on previous year", reason: CHANGE_REASON },
];
