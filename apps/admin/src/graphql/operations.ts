import { gql } from "urql";

/** The GraphQL operations the admin app sends. The gateway's committed schema.graphql is the contract. */

export const SIGN_IN = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      userId
      councilId
    }
  }
`;

export const ME = gql`
  query Me {
    me {
      userId
      councilId
      roles
      platformAdmin
      signedInWith
      email
    }
  }
`;

export const SIGN_OUT = gql`
  mutation SignOut {
    signOut
  }
`;

export const SIGN_OUT_EVERYWHERE = gql`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`;

export const START_BROWSER_SESSION = gql`
  mutation StartBrowserSession {
    startBrowserSession
  }
`;

export const REQUEST_PASSWORD_RESET = gql`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`;

export const RESET_PASSWORD = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;

export const CHANGE_PASSWORD = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

export const COUNCIL = gql`
  query Council {
    council {
      id
      name
      settingsJson
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
`;

export const CASE_SUMMARY = `
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
  team { id name }
  officer { id displayName }
  clocks { clockId label owedBy dueOn overdue met stoppedOn workingDays workingDaysElapsed }
`;

export const WORKLIST = gql`
  query Worklist($withinDays: Int, $officerId: ID) {
    worklist(withinDays: $withinDays, officerId: $officerId) {
      ${CASE_SUMMARY}
    }
  }
`;

export const CASE_COUNTS = gql`
  query CaseCounts($groupBy: CaseGrouping!, $filter: CaseFilter) {
    caseCounts(groupBy: $groupBy, filter: $filter) {
      key
      count
      suppressed
    }
  }
`;

export const CASES = gql`
  query Cases($first: Int, $after: String, $filter: CaseFilter, $sort: CaseSort) {
    cases(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${CASE_SUMMARY} } }
    }
  }
`;

export const CASE_DETAIL = `
  ${CASE_SUMMARY}
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
  notConsideredDecisions { on reason source points discretionExercised decidedBy localGround localGroundLabel endsCase }
  allowedActionDetails { action stage }
  flags { code message }
  stages { stage startedOn dueOn respondedOn outcome met band extended timescaleWorkingDays workingDaysTaken daysPaused lateRequest }
  clocks { clockId label owedBy stage source startedOn dueOn stoppedOn workingDays workingDaysElapsed daysPaused met overdue band }
  points { id pointRef seq theme reasonCode reasonLabel categoryCode outcomes { stage outcome localOutcome outcomeLabel } }
  learningActions { id summary status identifiedOn dueOn completedOn }
  reviewPanels { id requestedOn meetingDueOn heldOn reportDueOn reportedOn responseDueOn councilRespondedOn recommendations { seq summary accepted } }
  lgscoReferrals { id referredOn decidedOn decision remedies }
  appointments { id role appointedOn }
`;

export const CASE = gql`
  query Case($id: ID!) {
    case(id: $id) {
      ${CASE_DETAIL}
      timeline { seq type on recordedAt actorRole }
    }
  }
`;

export const CASE_PERSONAL = gql`
  query CasePersonal($id: ID!) {
    case(id: $id) {
      id
      summary
      complainant {
        name
        email
        phone
        address
      }
      points {
        id
        summary
      }
    }
  }
`;

export const RECORD_FEEDBACK = gql`
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
`;

/**
 * One mutation document per case action; each returns the case in full so the page updates in place.
 * `withStage`: the action takes the stage as an argument beside its input (acknowledgeCase for a stage request).
 */
export function caseActionMutation(name: string, inputType: string, withStage = false): string {
  const stageVar = withStage ? ", $stage: Stage" : "";
  const stageArg = withStage ? ", stage: $stage" : "";
  return `mutation ${name[0]?.toUpperCase()}${name.slice(1)}($input: ${inputType}!${stageVar}) { ${name}(input: $input${stageArg}) { ${CASE_DETAIL} timeline { seq type on recordedAt actorRole } } }`;
}

/** The grounds a complaint may be not considered on now, each with its law (the "Do not consider further" form). */
export const NOT_CONSIDERED_GROUNDS = gql`
  query NotConsideredGrounds {
    notConsideredGrounds {
      reason
      source
      inPart
      requires
    }
  }
`;
