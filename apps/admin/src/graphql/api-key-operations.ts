import { gql } from "urql";

/** Analysts' read-only API keys (the gateway's analystApiKeys, createAnalystApiKey, revokeAnalystApiKey). */
export interface AnalystApiKey {
  id: string;
  name: string;
  prefix: string;
  councilId: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  status: "active" | "revoked" | "expired";
}

const FIELDS = "id name prefix councilId createdAt expiresAt revokedAt lastUsedAt status";

export const ANALYST_API_KEYS = gql`
  query AnalystApiKeys {
    analystApiKeys { ${FIELDS} }
  }
`;

export const CREATE_ANALYST_API_KEY = gql`
  mutation CreateAnalystApiKey($input: CreateAnalystApiKeyInput!) {
    createAnalystApiKey(input: $input) { key apiKey { ${FIELDS} } }
  }
`;

export const REVOKE_ANALYST_API_KEY = gql`
  mutation RevokeAnalystApiKey($id: ID!) {
    revokeAnalystApiKey(id: $id) { ${FIELDS} }
  }
`;
