import { graphql } from "./generated";

/** The workbench's operations: numbered pages of cases, the officers to filter by. */
export const CASE_PAGE = graphql(`
  query CasePage($filter: CaseFilter, $sort: CaseSort, $page: Int, $pageSize: Int) {
    casePage(filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      page
      pageCount
      totalCount
      cases {
        ...CaseSummaryFields
      }
    }
  }
`);

export const OFFICERS = graphql(`
  query Officers {
    officers {
      id
      displayName
    }
  }
`);

export const TEAMS = graphql(`
  query Teams {
    council {
      id
      teams {
        id
        name
        validTo
      }
    }
  }
`);

/** Notes and the contact log of a case: personal data, so each load is an audited read. */
export const CASE_NOTES = graphql(`
  query CaseNotes($id: ID!) {
    case(id: $id) {
      id
      letters
      notes {
        id
        text
        author
        writtenAt
      }
      contacts {
        id
        kind
        direction
        occurredOn
        occurredTime
        withWhom
        summary
        loggedBy
      }
      documents {
        id
        fileName
        mediaType
        sizeBytes
        uploadedAt
      }
    }
  }
`);

export const ADD_CASE_NOTE = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      notes {
        id
        text
        author
        writtenAt
      }
    }
  }
`);

export const LOG_CASE_CONTACT = graphql(`
  mutation LogCaseContact($input: LogCaseContactInput!) {
    logCaseContact(input: $input) {
      id
      contacts {
        id
        kind
        direction
        occurredOn
        occurredTime
        withWhom
        summary
        loggedBy
      }
    }
  }
`);

/** What was recorded at intake, for reading and changing: personal data, an audited read. */
export const CASE_STORY = graphql(`
  query CaseStory($id: ID!) {
    case(id: $id) {
      id
      version
      reference
      channel
      complainantRelationship
      summary
      outcomeSought
      complainant {
        name
        email
        phone
        address
      }
      child {
        name
        dateOfBirth
      }
    }
  }
`);

export const UPDATE_CASE_DETAILS = graphql(`
  mutation UpdateCaseDetails($input: UpdateCaseDetailsInput!) {
    updateCaseDetails(input: $input) {
      id
      version
      channel
      complainantRelationship
      summary
      outcomeSought
      complainant {
        name
        email
        phone
        address
      }
      child {
        name
        dateOfBirth
      }
    }
  }
`);

export const AUDIT_TRAIL = graphql(`
  query AuditTrail($filter: AuditTrailFilter, $page: Int, $pageSize: Int) {
    auditTrail(filter: $filter, page: $page, pageSize: $pageSize) {
      page
      pageCount
      totalCount
      records {
        id
        at
        action
        actorRole
        actorName
        caseId
        caseReference
        detail
      }
    }
  }
`);

/** The council's own vocabulary of a kind in force on a date (reasons under their categories, channels...). */
export const LOCAL_CHOICES = graphql(`
  query LocalChoices($kind: VocabularyKind!, $on: Date!) {
    localChoices(kind: $kind, on: $on) {
      code
      label
      canonical
      parentCode
      policy
    }
  }
`);

/** The rest of the case's story: appointments, extensions and suspensions with reasons, panels, the Ombudsman. */
export const CASE_RECORD = graphql(`
  query CaseRecord($id: ID!) {
    case(id: $id) {
      id
      appointments {
        id
        role
        appointedOn
        endedOn
        reviewerName
      }
      reviewPanels {
        id
        requestedOn
        heldOn
        reportedOn
        councilRespondedOn
        decidedWithIndependentPerson
        recommendations {
          seq
          summary
          accepted
          decision
          decisionReason
        }
      }
      lgscoReferrals {
        id
        lgscoReference
        referredOn
        decidedOn
        decision
        localDecision
        fault
        injustice
        remedies
      }
      timeline(first: 50) {
        nodes {
          seq
          type
          on
          payload
        }
      }
    }
  }
`);
