import { graphql } from "./generated";

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
  query Compare($financialYear: Int, $metrics: [ComparisonMetric!]) {
    compareCouncils(financialYear: $financialYear, metrics: $metrics) {
      period {
        start
        end
      }
      councils {
        councilId
        name
        figures {
          metric
          key
          value
          base
          suppressed
          source
        }
      }
    }
  }
`);

export interface ReportCell {
  number: number | null;
  text: string | null;
}
export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: Array<{ label: string; cells: ReportCell[] }>;
  /** Cells holding figures taken from elsewhere, each with what the report prints: "Supplied: <source>". */
  supplied: Array<{ row: string; column: string; label: string }>;
}
export interface ComparisonData {
  period: { start: string; end: string };
  councils: Array<{
    councilId: string;
    name: string;
    figures: Array<{ metric: string; key: string | null; value: number | null; base: number | null; suppressed: boolean; source?: string | null }>;
  }>;
}

/** The comparison as a file (the same arguments as COMPARE). */
export const COMPARE_CSV = graphql(`
  query CompareCsv($financialYear: Int, $metrics: [ComparisonMetric!]) {
    compareCouncils(financialYear: $financialYear, metrics: $metrics) {
      csv
    }
  }
`);
export const COMPARE_XLSX = graphql(`
  query CompareXlsx($financialYear: Int, $metrics: [ComparisonMetric!]) {
    compareCouncils(financialYear: $financialYear, metrics: $metrics) {
      xlsx
    }
  }
`);
