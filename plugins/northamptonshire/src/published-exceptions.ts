import type { PublishedException } from "@csc/council-kit";

/**
 * Published cells the report does not reproduce, each with its reason (also listed in README.md). Every other
 * published figure is compared cell by cell by the golden test.
 */
export const publishedExceptions: PublishedException[] = [
  {
    year: 2015,
    table: "lgo",
    row: "Upheld, as a percentage of complaints investigated",
    column: "Number",
    reason:
      "The 62% is the Ombudsman's own figure from its annual letter (its upheld rate for the council, set beside a 51% national average), on the LGO's base and reporting year. The decisions the report lists give 11 upheld of 16 investigated (11 upheld + 5 not upheld) = 69%; the records reproduce the 11 and the 5, and no set of these decisions gives 62%.",
  },
];
