import { graphql } from "./generated";
import type { CompareQuery, ReportQuery } from "./generated/graphql";

export const REPORT = graphql(`
  query Report($financialYear: Int, $quarter: Int) {
    report(financialYear: $financialYear, quarter: $quarter) {
      council
      title
      period {
        start
        end
      }
      sections {
        id
        title
        narrative {
          id
          prompt
        }
        tables {
          id
          title
          columns
          rows {
            label
            cells {
              number
              text
            }
          }
          supplied {
            row
            column
            label
          }
        }
      }
    }
  }
`);

export const COMPARE = graphql(`
  query Compare($financialYear: Int, $metrics: [ComparisonMetric!], $basis: Basis, $stage: Stage) {
    compareCouncils(financialYear: $financialYear, metrics: $metrics, basis: $basis, stage: $stage) {
      period {
        start
        end
      }
      basis
      stage
      councils {
        councilId
        name
        figures {
          metric
          key
          value
          base
          suppressed
          missing
          source
        }
      }
    }
  }
`);

export type ReportCell = ReportTable["rows"][number]["cells"][number];
export type ReportTable = NonNullable<ReportQuery["report"]>["sections"][number]["tables"][number];
export type ComparisonData = NonNullable<CompareQuery["compareCouncils"]>;

/** The comparison as a file (the same arguments as COMPARE, and the councils chosen). */
export const COMPARE_CSV = graphql(`
  query CompareCsv($financialYear: Int, $metrics: [ComparisonMetric!], $basis: Basis, $stage: Stage, $councils: [String!]) {
    compareCouncils(financialYear: $financialYear, metrics: $metrics, basis: $basis, stage: $stage, councils: $councils) {
      csv
    }
  }
`);
export const COMPARE_XLSX = graphql(`
  query CompareXlsx($financialYear: Int, $metrics: [ComparisonMetric!], $basis: Basis, $stage: Stage, $councils: [String!]) {
    compareCouncils(financialYear: $financialYear, metrics: $metrics, basis: $basis, stage: $stage, councils: $councils) {
      xlsx
    }
  }
`);
