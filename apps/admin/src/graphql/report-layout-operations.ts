import { graphql } from "./generated";
import type { PublishedFiguresComparisonQuery, ReportLayoutQuery, SaveReportLayoutMutation } from "./generated/graphql";

/** The council's report layout as data (the gateway's reportLayout, saveReportLayout, publishedFiguresComparison). */
export type ReportLayoutData = ReportLayoutQuery;
export type LayoutProblem = SaveReportLayoutMutation["saveReportLayout"]["problems"][number];
export type PublishedComparisonData = PublishedFiguresComparisonQuery;
export type ComparedCell = PublishedFiguresComparisonQuery["publishedFiguresComparison"]["cells"][number];

export const REPORT_LAYOUT = graphql(`
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
`);

export const LAYOUT_METRICS = graphql(`
  query LayoutMetrics {
    reportLayout {
      json
    }
    metrics {
      name
      code
      description
      unit
      aggregation
    }
  }
`);

export const SAVE_REPORT_LAYOUT = graphql(`
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
`);

export const PUBLISHED_FIGURES_COMPARISON = graphql(`
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
`);
