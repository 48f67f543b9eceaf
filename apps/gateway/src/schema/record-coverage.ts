import { financialYearStartOf } from "@csc/rules";
import { builder } from "../builder";
import type { RecordCoverage } from "../reports/record-coverage";

/** A council's record coverage (reports/record-coverage.ts): what its figures can speak for. */
export const RecordCoverageType = builder.objectRef<RecordCoverage>("RecordCoverage").implement({
  description:
    "The days the council's cases were received on, first and last: a figure for a period outside them that counted nothing is null with missing NO_RECORDS, not 0",
  // Whoever may see the statistics or the comparison it belongs to.
  authScopes: { readAggregates: true, platformAdmin: true, nationalAggregates: true },
  fields: (t) => ({
    firstReceivedOn: t.field({
      type: "Date",
      description: "The day the council's first case on record was received",
      resolve: (c) => c.firstReceivedOn,
    }),
    lastReceivedOn: t.field({
      type: "Date",
      description: "The day the council's last case on record was received",
      resolve: (c) => c.lastReceivedOn,
    }),
    firstFinancialYear: t.int({
      description: "The financial year (starting in April of this year) of the first case received",
      resolve: (c) => financialYearStartOf(c.firstReceivedOn),
    }),
    lastFinancialYear: t.int({
      description: "The financial year (starting in April of this year) of the last case received",
      resolve: (c) => financialYearStartOf(c.lastReceivedOn),
    }),
  }),
});
