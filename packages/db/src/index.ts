export * from "../generated/prisma/client";
export { createPrismaClient, type CreatePrismaClientOptions } from "./client";
export { migrate, MIGRATIONS_DIR, type MigrateOptions } from "./migrate";
export { startDatabase, defaultDataDir, type DatabaseHandle, type StartDatabaseOptions } from "./embedded";
export { withCouncil, APP_ROLE, type CouncilTransaction, type WithCouncilOptions } from "./with-council";
export { hashPassword, verifyPassword } from "./passwords";
export * from "./seed/index";
export { CASE_FACTS_INCLUDE, toCaseFacts, type CaseFactsRow } from "./case-facts";
export { derivedRows, type DerivedRows, type LocalOutcomeLabel } from "./derived-state";
