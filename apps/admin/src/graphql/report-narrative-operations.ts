import { graphql } from "./generated";
import type { ReportNarrativeQuery } from "./generated/graphql";

/** The annual report's text (per section, versioned) and where the report stands (draft → approved → presented). */
export const REPORT_NARRATIVE = graphql(`
  query ReportNarrative($financialYear: Int!) {
    reportNarrative(financialYear: $financialYear) {
      sectionId
      version
      text
      authorName
      writtenAt
    }
    reportStatus(financialYear: $financialYear) {
      financialYear
      status
      approvedByName
      approvedAt
      committee
      presentedOn
      committeeResponse
      yearEnded
      yearEndsOn
    }
  }
`);

export const SAVE_REPORT_NARRATIVE = graphql(`
  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {
    saveReportNarrative(input: $input) {
      sectionId
      version
      text
      authorName
      writtenAt
    }
  }
`);

export const APPROVE_REPORT = graphql(`
  mutation ApproveReport($financialYear: Int!) {
    approveReport(financialYear: $financialYear) {
      financialYear
      status
      approvedByName
      approvedAt
      committee
      presentedOn
      committeeResponse
    }
  }
`);

export const RECORD_REPORT_PRESENTED = graphql(`
  mutation RecordReportPresented($input: RecordReportPresentedInput!) {
    recordReportPresented(input: $input) {
      financialYear
      status
      approvedByName
      approvedAt
      committee
      presentedOn
      committeeResponse
    }
  }
`);

export type SectionTextVersion = ReportNarrativeQuery["reportNarrative"][number];

export type ReportState = ReportNarrativeQuery["reportStatus"];

/** The latest version of each section's text. */
export function latestTexts(versions: SectionTextVersion[]): Map<string, SectionTextVersion> {
  const latest = new Map<string, SectionTextVersion>();
  for (const v of versions) if ((latest.get(v.sectionId)?.version ?? 0) < v.version) latest.set(v.sectionId, v);
  return latest;
}
