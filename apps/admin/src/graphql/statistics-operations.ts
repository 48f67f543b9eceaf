import { gql } from "urql";

/** The statistics page: the catalogue (metrics, dimensions) and one statistics result, and its files. */
export const STATISTICS_CATALOGUE = gql`
  query StatisticsCatalogue {
    metrics {
      name
      description
      bases
    }
    dimensions {
      name
      description
    }
  }
`;

const ARGS = "$metric: Metric!, $groupBy: [String!], $financialYear: Int";
const CALL = "statistics(metric: $metric, groupBy: $groupBy, financialYear: $financialYear)";

export const STATISTICS = gql`
  query Statistics(${ARGS}) {
    ${CALL} { groupBy value base suppressed missing groups { key value base suppressed missing } }
  }
`;
export const STATISTICS_CSV = gql`
  query StatisticsCsv(${ARGS}) { ${CALL} { csv } }
`;
export const STATISTICS_XLSX = gql`
  query StatisticsXlsx(${ARGS}) { ${CALL} { xlsx } }
`;

export interface StatisticsFigure {
  value: number | null;
  base: number | null;
  suppressed: boolean;
  missing: string | null;
}
export interface StatisticsData extends StatisticsFigure {
  groupBy: string[];
  groups: Array<StatisticsFigure & { key: string[] }>;
}
