import { graphql } from "./generated";

/** Operations and result types of the council settings pages (council administrators only). */

export interface VocabularyEntry {
  code: string;
  label: string;
  canonical: string;
  parentCode: string | null;
  /** A council's own ground for not considering a complaint: the local policy that gives it. */
  policy?: string | null;
}

export interface VocabularyVersion {
  id: string;
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  inForce: boolean;
  entries: VocabularyEntry[];
  categories: Array<{ category: VocabularyEntry; reasons: VocabularyEntry[] }>;
}

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

export interface TeamRow {
  id: string;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  predecessorId: string | null;
  serviceAreaCode: string;
  serviceArea: string;
}

export const TEAM_HISTORY = graphql(`
  query TeamHistory {
    teamHistory {
      id
      code
      name
      validFrom
      validTo
      predecessorId
      serviceAreaCode
      serviceArea
    }
    serviceAreas {
      id
      code
      label
      validTo
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

export interface CouncilUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  localAccount: boolean;
}

export const COUNCIL_USERS = graphql(`
  query CouncilUsers {
    councilUsers {
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

export interface ProcedureClock {
  clock: string;
  label: string;
  workingDays: number | null;
  maxWorkingDays: number | null;
  months: number | null;
  source: string;
  statutory: boolean;
}

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
