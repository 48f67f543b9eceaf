import { graphql } from "./generated";
import type { StatisticsQuery } from "./generated/graphql";

/** The statistics page: the catalogue (metrics, dimensions) and one statistics result, and its files. */
export const STATISTICS_CATALOGUE = graphql(`
  query StatisticsCatalogue {
    metrics {
      name
      code
      description
      bases
    }
    dimensions {
      name
      description
      values
    }
  }
`);

export const STATISTICS = graphql(`
  query Statistics($metric: Metric!, $groupBy: [String!], $financialYear: Int, $stage: Stage, $basis: Basis, $filter: [DimensionFilterInput!]) {
    statistics(metric: $metric, groupBy: $groupBy, financialYear: $financialYear, stage: $stage, basis: $basis, filter: $filter) {
      groupBy
      value
      base
      suppressed
      missing
      groups {
        key
        labels
        value
        base
        suppressed
        missing
      }
      coverage {
        firstReceivedOn
        lastReceivedOn
        firstFinancialYear
        lastFinancialYear
      }
    }
  }
`);
export const STATISTICS_CSV = graphql(`
  query StatisticsCsv($metric: Metric!, $groupBy: [String!], $financialYear: Int, $stage: Stage, $basis: Basis, $filter: [DimensionFilterInput!]) {
    statistics(metric: $metric, groupBy: $groupBy, financialYear: $financialYear, stage: $stage, basis: $basis, filter: $filter) {
      csv
    }
  }
`);
export const STATISTICS_XLSX = graphql(`
  query StatisticsXlsx($metric: Metric!, $groupBy: [String!], $financialYear: Int, $stage: Stage, $basis: Basis, $filter: [DimensionFilterInput!]) {
    statistics(metric: $metric, groupBy: $groupBy, financialYear: $financialYear, stage: $stage, basis: $basis, filter: $filter) {
      xlsx
    }
  }
`);

/** The council's record coverage as the statistics query returns it. */
export type StatisticsCoverage = NonNullable<StatisticsQuery["statistics"]>["coverage"];
