export { createGateway, type Gateway, type GatewayOptions } from "./gateway";
export { buildSchema, printGatewaySchema } from "./build-schema";
export { createSessionTokens, type SessionTokens } from "./auth/session-token";
export { createOidcVerifier, type OidcSettings } from "./auth/oidc";
export { COUNCIL_ROLES, ROLE_SCOPES, type CouncilRole } from "./auth/roles";
export { LIMITS } from "./limits/query-limits";
export { createAnalyticsPool } from "./reports/analytics-pool";
export { readExport, stopImportWorker } from "./import/import-worker-client";
