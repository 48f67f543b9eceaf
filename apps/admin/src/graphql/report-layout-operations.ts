import { gql } from "urql";

/** The council's report layout as data (the gateway's reportLayout, saveReportLayout, publishedFiguresComparison). */
export interface ReportLayoutData {
  reportLayout: {
    source: "stored" | "packaged" | "standard";
    version: number | null;
    json: string;
    versions: Array<{ version: number; note: string | null; savedByName: string; savedAt: string }>;
  };
}

export interface MetricInfo {
  name: string;
  description: string;
  unit: string;
  aggregation: string;
}

export interface LayoutProblem {
  path: string;
  message: string;
}

export interface SaveReportLayoutData {
  saveReportLayout: { layout: { version: number } | null; problems: LayoutProblem[] };
}

export interface ComparedCell {
  section: string;
  table: string;
  row: string;
  column: string;
  published: string;
  computed: string | null;
  verdict: "matched" | "differs" | "missing" | "excepted";
  detail: string | null;
}

export interface PublishedComparisonData {
  publishedFiguresComparison: { financialYear: number; matched: number; differs: number; missing: number; excepted: number; cells: ComparedCell[] };
}

export const REPORT_LAYOUT = gql`
  query ReportLayout {
    reportLayout {
      source
      version
      json
      versions {
        version
        note
        savedByName
        savedAt
      }
    }
  }
`;

export const LAYOUT_METRICS = gql`
  query LayoutMetrics {
    reportLayout {
      json
    }
    metrics {
      name
      description
      unit
      aggregation
    }
  }
`;

export const SAVE_REPORT_LAYOUT = gql`
  mutation SaveReportLayout($input: SaveReportLayoutInput!) {
    saveReportLayout(input: $input) {
      layout {
        version
      }
      problems {
        path
        message
      }
    }
  }
`;

export const PUBLISHED_FIGURES_COMPARISON = gql`
  query PublishedFiguresComparison($financialYear: Int!, $figures: String!) {
    publishedFiguresComparison(financialYear: $financialYear, figures: $figures) {
      financialYear
      matched
      differs
      missing
      excepted
      cells {
        section
        table
        row
        column
        published
        computed
        verdict
        detail
      }
    }
  }
`;
