import { graphql } from "./generated";
import type { FollowUpQuery } from "./generated/graphql";

/** One item of the follow-up tracker, as the gateway answers it. */
export type FollowUpItem = FollowUpQuery["followUp"]["items"][number];

/** The follow-up tracker (recommendations and learning actions) and the Complaint Handling Code self-assessment. */
export const FOLLOW_UP = graphql(`
  query FollowUp($status: RecommendationStatus, $source: FollowUpSource, $overdue: Boolean, $first: Int, $offset: Int) {
    followUp(status: $status, source: $source, overdue: $overdue, first: $first, offset: $offset) {
      total
      items {
        id
        kind
        caseId
        caseReference
        source
        sourceLabel
        summary
        ownerName
        dueOn
        status
        statusLabel
        overdue
        completedOn
      }
    }
    followUpChoices {
      statuses {
        value
        label
      }
      sources {
        value
        label
      }
    }
  }
`);

export const CODE_SELF_ASSESSMENT = graphql(`
  query CodeSelfAssessment($financialYear: Int!) {
    codeSelfAssessment(financialYear: $financialYear) {
      section
      number
      heading
      compliance
      evidence
      actions
      version
      updatedByName
      updatedAt
    }
    followUpChoices {
      compliance {
        value
        label
      }
    }
  }
`);

export const SAVE_CODE_SELF_ASSESSMENT = graphql(`
  mutation SaveCodeSelfAssessment($input: SaveCodeSelfAssessmentInput!) {
    saveCodeSelfAssessment(input: $input) {
      section
      number
      heading
      compliance
      evidence
      actions
      version
      updatedByName
      updatedAt
    }
  }
`);
