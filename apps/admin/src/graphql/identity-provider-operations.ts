import { gql } from "urql";

/** Settings → Identity provider (council administrators only). */
export interface IdentityProvider {
  issuer: string | null;
  clientId: string | null;
  jwksUri: string | null;
}

export const IDENTITY_PROVIDER = gql`
  query IdentityProvider {
    identityProvider {
      issuer
      clientId
      jwksUri
    }
  }
`;

export const SET_IDENTITY_PROVIDER = gql`
  mutation SetIdentityProvider($input: IdentityProviderInput) {
    setIdentityProvider(input: $input) {
      issuer
      clientId
      jwksUri
    }
  }
`;
