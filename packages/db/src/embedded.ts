import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { runningServerUrl, startEmbeddedServer } from "./embedded/server";
import { migrate } from "./migrate";
import { embeddedGatewayUrl } from "./roles";

export type DatabaseHandle = {
  /** The gateway's runtime connection: its login role (csc_gateway), which owns nothing and bypasses nothing. */
  url: string;
  /** The owner's connection: migrations, the demo seed, backup and restore only. */
  migrationUrl: string;
  /** true when this process started an embedded PostgreSQL (stop() then stops it). */
  embedded: boolean;
  stop(): Promise<void>;
};

export type StartDatabaseOptions = {
  /** Data folder of the embedded server (default CSC_DATA_DIR or <repo>/.data/postgres). */
  dataDir?: string;
  /** Port of the embedded server (default CSC_PG_PORT or a free port). */
  port?: number;
  /** Apply pending migrations and set up the login role (default true); false: `url` is the owner's too. */
  migrate?: boolean;
};

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DATABASE = "csc";

/** Where the embedded server keeps its data unless told otherwise. */
export function defaultDataDir(): string {
  return process.env.CSC_DATA_DIR ?? join(REPO_ROOT, ".data", "postgres");
}

function portFromEnv(): number | undefined {
  const raw = process.env.CSC_PG_PORT;
  if (raw === undefined || raw === "") return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`CSC_PG_PORT must be a port number from 1 to 65535, not "${raw}"`);
  }
  return port;
}

/**
 * For command-line tools (migrate, backup, restore): DATABASE_URL; else the platform's embedded server while it
 * runs (never a second server on its folder, which would stop the running one); else the embedded server
 * started for the purpose, stopped by stop().
 */
/** The owner's connection to an external database: DATABASE_MIGRATION_URL, else DATABASE_URL (a simple set-up). */
export function migrationUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_MIGRATION_URL || env.DATABASE_URL || undefined;
}

/** The owner's connection (`url` and `migrationUrl` alike): command-line tools migrate, back up and restore. */
export async function connectDatabase(options: { dataDir?: string } = {}): Promise<DatabaseHandle> {
  const external = migrationUrlFromEnv();
  if (external) return { url: external, migrationUrl: external, embedded: false, stop: async () => undefined };
  const running = runningServerUrl(options.dataDir ?? defaultDataDir(), DATABASE);
  if (running) return { url: running, migrationUrl: running, embedded: true, stop: async () => undefined };
  return startDatabase({ ...options, migrate: false });
}

/**
 * The platform's database: with DATABASE_URL (the gateway's login role), that server, migrated through
 * DATABASE_MIGRATION_URL (the owner; defaults to DATABASE_URL, which then gives up the least-privilege guarantee);
 * without, an embedded PostgreSQL in a data folder (kept between runs) with the login role set up on it.
 */
export async function startDatabase(options: StartDatabaseOptions = {}): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const migrationUrl = migrationUrlFromEnv() ?? external;
    if (options.migrate !== false) await migrate(migrationUrl);
    return { url: external, migrationUrl, embedded: false, stop: async () => undefined };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  const server = await startEmbeddedServer({
    dataDir,
    port: options.port ?? portFromEnv(),
    persistent: true,
    longRunning: true,
  });
  try {
    await server.ensureDatabase(DATABASE);
    const migrationUrl = server.urlFor(DATABASE);
    if (options.migrate === false) return { url: migrationUrl, migrationUrl, embedded: true, stop: () => server.stop() };
    await migrate(migrationUrl);
    const url = await embeddedGatewayUrl(dataDir, migrationUrl);
    return { url, migrationUrl, embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
