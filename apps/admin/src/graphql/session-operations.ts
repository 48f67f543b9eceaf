import { graphql } from "./generated";

/** The operations of signing in and out, the session and passwords (the rest: ./operations.ts). */

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      userId
      councilId
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      userId
      councilId
      roles
      platformAdmin
      signedInWith
      email
    }
    today
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const START_BROWSER_SESSION = graphql(`
  mutation StartBrowserSession {
    startBrowserSession
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
