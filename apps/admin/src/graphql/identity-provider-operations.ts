import { graphql } from "./generated";
import type { IdentityProviderQuery } from "./generated/graphql";

/** Settings → Identity provider (council administrators only). */
export type IdentityProvider = IdentityProviderQuery["identityProvider"];

export const IDENTITY_PROVIDER = graphql(`
  query IdentityProvider {
    identityProvider {
      issuer
      clientId
      jwksUri
    }
  }
`);

export const SET_IDENTITY_PROVIDER = graphql(`
  mutation SetIdentityProvider($input: IdentityProviderInput) {
    setIdentityProvider(input: $input) {
      issuer
      clientId
      jwksUri
    }
  }
`);
