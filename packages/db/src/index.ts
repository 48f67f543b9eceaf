export * from "../generated/prisma/client";
export { checkWorkMemMb, createPrismaClient, type CreatePrismaClientOptions, type StatementObserver } from "./client";
export { transactionConnection, type TransactionConnection } from "./transaction-connection";
export { migrate, MIGRATIONS_DIR, type MigrateOptions } from "./migrate";
export { connectDatabase, startDatabase, defaultDataDir, migrationUrlFromEnv, type DatabaseHandle, type StartDatabaseOptions } from "./embedded";
export { backupDatabase, type BackupSummary } from "./backup/backup";
export { restoreDatabase, type RestoreOptions, type RestoreSummary } from "./backup/restore";
export { withCouncil, councilSettings, APP_ROLE, type CouncilTransaction, type WithCouncilOptions } from "./with-council";
export { hashPassword, verifyPassword } from "./passwords";
export * from "./seed/index";
export { CASE_FACTS_INCLUDE, toCaseFacts, type CaseFactsRow } from "./case-facts";
export { derivedRows, type DerivedRows, type LocalOutcomeLabel } from "./derived-state";
export { loadCaseFactsSql, loadCaseFactsByIds, type FactsSpan, type RawReader } from "./case-facts-sql";
export { withPlatform, PLATFORM_ROLE, type PlatformTransaction, type WithPlatformOptions } from "./with-platform";
export { GATEWAY_LOGIN_ROLE, JOBS_ROLE, ensureGatewayLoginRole, grantJobsSchema, gatewayLoginRoleSql, gatewayLoginUrl } from "./roles";
export {
  storeCountedUnits,
  countedUnitsBatch,
  prepareCountedUnits,
  storePreparedCountedUnits,
  type PreparedCountedUnits,
  refreshCountedUnits,
  rebuildCountedUnits,
  type RawWriter,
} from "./units/store-counted-units";
export { bringCountedUnitsUpToDate, councilsToRecount, recountCouncil, type RecountOptions } from "./units/recount";
export { measureFromUnits } from "./units/measure-from-units";
export { measuresFromUnits } from "./units/measures-from-units";
export { rollupMeasures, type RollupMeasure } from "./units/rollup-measures";
