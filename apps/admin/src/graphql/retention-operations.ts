import { graphql } from "./generated";
import type { RetentionDryRunQuery } from "./generated/graphql";

/** Operations of the retention page (council administrators): the next run's dry run and legal holds. */
export type RetentionCandidate = RetentionDryRunQuery["retentionDryRun"]["nodes"][number];

export const RETENTION_DRY_RUN = graphql(`
  query RetentionDryRun($first: Int, $after: String, $last: Int, $before: String) {
    retentionPolicy {
      yearsAfterClosure
      lookedAfterUntilAge
      source
    }
    retentionDryRun(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        caseId
        reference
        closedOn
        retainUntil
        rule
        onLegalHold
        counts {
          people
          narratives
          contacts
          documents
        }
      }
      totalCount
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const SET_LEGAL_HOLD = graphql(`
  mutation SetLegalHold($input: SetLegalHoldInput!) {
    setLegalHold(input: $input) {
      caseId
      held
    }
  }
`);
