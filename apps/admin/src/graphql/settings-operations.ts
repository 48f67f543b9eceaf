import { graphql } from "./generated";
import type { CalendarAndTargetsQuery, CouncilUsersQuery, TeamHistoryQuery, VocabularyVersionsQuery } from "./generated/graphql";

/** Operations and result types of the council settings pages (council administrators only). */

export type VocabularyVersion = VocabularyVersionsQuery["vocabularyVersions"][number];

graphql(`
  fragment VocabularyEntryFields on VocabularyEntry {
    code
    label
    canonical
    parentCode
    policy
  }
`);

export const VOCABULARY_VERSIONS = graphql(`
  query VocabularyVersions($kind: VocabularyKind!) {
    vocabularyVersions(kind: $kind) {
      id
      version
      effectiveFrom
      effectiveTo
      inForce
      entries {
        ...VocabularyEntryFields
      }
      categories {
        category {
          ...VocabularyEntryFields
        }
        reasons {
          ...VocabularyEntryFields
        }
      }
    }
  }
`);

export const PUBLISH_VOCABULARY_VERSION = graphql(`
  mutation PublishVocabularyVersion($input: PublishVocabularyVersionInput!) {
    publishVocabularyVersion(input: $input) {
      id
      version
      effectiveFrom
    }
  }
`);

export type TeamRow = TeamHistoryQuery["teamHistory"]["nodes"][number];

export const TEAM_HISTORY = graphql(`
  query TeamHistory($first: Int, $after: String, $last: Int, $before: String) {
    teamHistory(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
        code
        name
        validFrom
        validTo
        predecessorId
        serviceAreaCode
        serviceArea
      }
      totalCount
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const SERVICE_AREAS = graphql(`
  query ServiceAreas {
    serviceAreas {
      id
      code
      label
      validTo
    }
  }
`);

export const TEAM = graphql(`
  query Team($id: ID!) {
    team(id: $id) {
      id
      code
      name
      validFrom
      validTo
      predecessorId
      serviceAreaCode
      serviceArea
    }
  }
`);

export const RENAME_TEAM = graphql(`
  mutation RenameTeam($input: RenameTeamInput!) {
    renameTeam(input: $input) {
      id
      name
      validFrom
    }
  }
`);

export const ADD_TEAM = graphql(`
  mutation AddTeam($input: AddTeamInput!) {
    addTeam(input: $input) {
      id
      name
      validFrom
    }
  }
`);

export type CouncilUser = CouncilUsersQuery["councilUsers"]["nodes"][number];

export const COUNCIL_USERS = graphql(`
  query CouncilUsers($first: Int, $after: String, $last: Int, $before: String) {
    councilUsers(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
        email
        displayName
        roles
        localAccount
      }
      totalCount
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const COUNCIL_USER = graphql(`
  query CouncilUser($id: ID!) {
    councilUser(id: $id) {
      id
      email
      displayName
      roles
      localAccount
    }
  }
`);

export const CREATE_COUNCIL_USER = graphql(`
  mutation CreateCouncilUser($input: CreateCouncilUserInput!) {
    createCouncilUser(input: $input) {
      id
      roles
    }
  }
`);

export const SET_USER_ROLES = graphql(`
  mutation SetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      id
      roles
    }
  }
`);

export const DISABLE_COUNCIL_USER = graphql(`
  mutation DisableCouncilUser($input: DisableCouncilUserInput!) {
    disableCouncilUser(input: $input)
  }
`);

export type ProcedureClock = CalendarAndTargetsQuery["procedureSettings"]["clocks"][number];

export const CALENDAR_AND_TARGETS = graphql(`
  query CalendarAndTargets {
    localClosureDays {
      day
      label
    }
    procedureSettings {
      acknowledgementWorkingDays
      clocks {
        clock
        label
        workingDays
        maxWorkingDays
        months
        source
        statutory
      }
    }
  }
`);

export const ADD_LOCAL_CLOSURE_DAY = graphql(`
  mutation AddLocalClosureDay($input: LocalClosureDayInput!) {
    addLocalClosureDay(input: $input) {
      day
      label
    }
  }
`);

export const REMOVE_LOCAL_CLOSURE_DAY = graphql(`
  mutation RemoveLocalClosureDay($input: RemoveLocalClosureDayInput!) {
    removeLocalClosureDay(input: $input)
  }
`);

export const SET_LOCAL_TARGETS = graphql(`
  mutation SetLocalTargets($input: SetLocalTargetsInput!) {
    setLocalTargets(input: $input) {
      acknowledgementWorkingDays
    }
  }
`);
