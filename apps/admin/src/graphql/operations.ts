import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { graphql } from "./generated";
import type { CaseDetailFieldsFragment, Stage } from "./generated/graphql";

/** The GraphQL operations the admin app sends. The gateway's committed schema.graphql is the contract. */

export const COUNCIL = graphql(`
  query Council {
    council {
      id
      name
      teams {
        id
        code
        name
        serviceArea
        validFrom
        validTo
      }
    }
  }
`);

/** What every connection's page says of the pages around it (CursorPagination reads it). */
graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

graphql(`
  fragment CaseSummaryFields on Case {
    id
    reference
    kind
    procedure
    receivedOn
    status
    currentStage
    nextDueOn
    madeByChild
    suspended
    version
    team {
      id
      name
    }
    officer {
      id
      displayName
    }
    clocks {
      clockId
      label
      owedBy
      dueOn
      overdue
      met
      stoppedOn
      workingDays
      workingDaysElapsed
      workingDaysLeft
      overdueBy
    }
  }
`);

export const WORKLIST = graphql(`
  query Worklist($withinDays: Int, $officerId: ID, $first: Int, $after: String, $last: Int, $before: String) {
    worklist(withinDays: $withinDays, officerId: $officerId, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...CaseSummaryFields
      }
      totalCount
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const CASE_COUNTS = graphql(`
  query CaseCounts($groupBy: CaseGrouping!, $filter: CaseFilter) {
    caseCounts(groupBy: $groupBy, filter: $filter) {
      key
      count
      suppressed
    }
  }
`);

const CASE_DETAIL = graphql(`
  fragment CaseDetailFields on Case {
    ...CaseSummaryFields
    channel
    complainantRelationship
    advocacyOffered
    advocacyTaken
    advocacyProvider
    acknowledgedOn
    acknowledgementDueOn
    acknowledgementMet
    withdrawnOn
    closedOn
    notConsideredReason
    notConsideredDecisions {
      on
      reason
      source
      points
      discretionExercised
      decidedBy
      localGround
      localGroundLabel
      endsCase
    }
    allowedActionDetails {
      action
      stage
    }
    flags {
      code
      message
    }
    stages {
      stage
      startedOn
      dueOn
      respondedOn
      outcome
      met
      band
      extended
      timescaleWorkingDays
      workingDaysTaken
      daysPaused
      lateRequest
    }
    clocks {
      clockId
      label
      owedBy
      stage
      source
      startedOn
      dueOn
      stoppedOn
      workingDays
      workingDaysElapsed
      workingDaysLeft
      overdueBy
      daysPaused
      met
      overdue
      band
    }
    points {
      id
      pointRef
      seq
      theme
      reasonCode
      reasonLabel
      categoryCode
      outcomes {
        stage
        outcome
        localOutcome
        outcomeLabel
      }
    }
    learningActions {
      id
      summary
      status
      identifiedOn
      dueOn
      completedOn
    }
    reviewPanels {
      id
      requestedOn
      meetingDueOn
      heldOn
      reportDueOn
      reportedOn
      responseDueOn
      councilRespondedOn
      recommendations {
        seq
        summary
        accepted
      }
    }
    lgscoReferrals {
      id
      referredOn
      decidedOn
      decision
      remedies
    }
    appointments {
      id
      role
      appointedOn
    }
    timeline(first: 50) {
      totalCount
      nodes {
        seq
        type
        on
        recordedAt
        actorRole
      }
    }
  }
`);

export const CASE = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseDetailFields
      derivedOn
    }
    today
  }
`);

export const RECORD_FEEDBACK = graphql(`
  mutation RecordFeedback($input: RecordFeedbackInput!) {
    recordFeedback(input: $input) {
      id
      reference
      flags {
        code
        message
      }
    }
  }
`);

/** A case action's mutation: its result is the case in full (CaseDetailFields), keyed by the action's name. */
type CaseActionDocument = TypedDocumentNode<Record<string, CaseDetailFieldsFragment>, { input: unknown; stage?: Stage | null }>;

const actionDocuments = new Map<string, CaseActionDocument>();

/**
 * One mutation document per case action, built from the action catalogue (its name and input type are data, so
 * the document is written here rather than in graphql(...)); each returns the case in full so the page updates in
 * place. `withStage`: the action takes the stage as an argument beside its input (acknowledgeCase for a stage request).
 */
export function caseActionMutation(name: string, inputType: string, withStage = false): CaseActionDocument {
  const key = `${name} ${inputType} ${String(withStage)}`;
  const known = actionDocuments.get(key);
  if (known) return known;
  const stageVar = withStage ? ", $stage: Stage" : "";
  const stageArg = withStage ? ", stage: $stage" : "";
  const operation = parse(
    `mutation ${name[0]?.toUpperCase()}${name.slice(1)}($input: ${inputType}!${stageVar}) { ${name}(input: $input${stageArg}) { ...CaseDetailFields } }`,
  );
  const document: CaseActionDocument = { ...operation, definitions: [...operation.definitions, ...CASE_DETAIL.definitions] };
  actionDocuments.set(key, document);
  return document;
}

/** The grounds a complaint may be not considered on now, each with its law (the "Do not consider further" form). */
export const NOT_CONSIDERED_GROUNDS = graphql(`
  query NotConsideredGrounds {
    notConsideredGrounds {
      reason
      code
      source
      inPart
      requires
    }
  }
`);
