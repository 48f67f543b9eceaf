import { graphql } from "./generated";

graphql(`
  fragment AnalystApiKeyFields on AnalystApiKey {
    id
    name
    prefix
    councilId
    createdAt
    expiresAt
    revokedAt
    lastUsedAt
    status
  }
`);

export const ANALYST_API_KEYS = graphql(`
  query AnalystApiKeys($first: Int, $after: String, $last: Int, $before: String) {
    analystApiKeys(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...AnalystApiKeyFields
      }
      totalCount
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const CREATE_ANALYST_API_KEY = graphql(`
  mutation CreateAnalystApiKey($input: CreateAnalystApiKeyInput!) {
    createAnalystApiKey(input: $input) {
      key
      apiKey {
        ...AnalystApiKeyFields
      }
    }
  }
`);

export const REVOKE_ANALYST_API_KEY = graphql(`
  mutation RevokeAnalystApiKey($id: ID!) {
    revokeAnalystApiKey(id: $id) {
      ...AnalystApiKeyFields
    }
  }
`);
