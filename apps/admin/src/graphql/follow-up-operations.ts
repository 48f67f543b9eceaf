import { graphql } from "./generated";

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

export interface Choice {
  value: string;
  label: string;
}

export interface FollowUpItem {
  id: string;
  kind: "recommendation" | "learning_action";
  caseId: string | null;
  caseReference: string | null;
  source: string;
  sourceLabel: string;
  summary: string;
  ownerName: string | null;
  dueOn: string | null;
  status: string;
  statusLabel: string;
  overdue: boolean;
  completedOn: string | null;
}

export interface FollowUpData {
  followUp: { total: number; items: FollowUpItem[] };
  followUpChoices: { statuses: Choice[]; sources: Choice[] };
}

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

export interface CodeSection {
  section: string;
  number: number;
  heading: string;
  compliance: string | null;
  evidence: string | null;
  actions: string | null;
  version: number | null;
  updatedByName: string | null;
  updatedAt: string | null;
}

export interface CodeSelfAssessmentData {
  codeSelfAssessment: CodeSection[];
  followUpChoices: { compliance: Choice[] };
}
