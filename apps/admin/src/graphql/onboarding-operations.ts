import { graphql } from "./generated";

/** Operations of the platform administrator's Councils pages (issue 12: onboarding a council). */

export const COUNCIL_LIST = graphql(`
  query CouncilList {
    councils {
      id
      name
    }
  }
`);

export const CREATE_COUNCIL = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
      name
      onsCode
      vocabularies {
        kind
      }
    }
  }
`);

export const INVITE_COUNCIL_ADMINISTRATOR = graphql(`
  mutation InviteCouncilAdministrator($input: InviteCouncilAdministratorInput!) {
    inviteCouncilAdministrator(input: $input) {
      councilId
      userId
      invitationId
    }
  }
`);

export const MY_COUNCIL_INVITATIONS = graphql(`
  query MyCouncilInvitations {
    myCouncilInvitations {
      id
      councilId
      councilName
      roles
    }
  }
`);

export const ACCEPT_COUNCIL_INVITATION = graphql(`
  mutation AcceptCouncilInvitation($input: AnswerCouncilInvitationInput!) {
    acceptCouncilInvitation(input: $input)
  }
`);
