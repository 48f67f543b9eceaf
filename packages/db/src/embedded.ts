import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { runningServerUrl, startEmbeddedServer } from "./embedded/server";
import { migrate } from "./migrate";

export type DatabaseHandle = {
  url: string;
  /** true when this process started an embedded PostgreSQL (stop() then stops it). */
  embedded: boolean;
  stop(): Promise<void>;
};

export type StartDatabaseOptions = {
  /** Data folder of the embedded server (default CSC_DATA_DIR or <repo>/.data/postgres). */
  dataDir?: string;
  /** Port of the embedded server (default CSC_PG_PORT or a free port). */
  port?: number;
  /** Apply pending migrations (default true). */
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
export async function connectDatabase(options: { dataDir?: string } = {}): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const running = runningServerUrl(options.dataDir ?? defaultDataDir(), DATABASE);
  if (running) return { url: running, embedded: true, stop: async () => undefined };
  return startDatabase({ ...options, migrate: false });
}

/**
 * The platform's database: with DATABASE_URL, that server; without, an embedded PostgreSQL in a data folder
 * (kept between runs). Applies pending migrations either way.
 */
export async function startDatabase(options: StartDatabaseOptions = {}): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (options.migrate !== false) await migrate(external);
    return { url: external, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedServer({
    dataDir: options.dataDir ?? defaultDataDir(),
    port: options.port ?? portFromEnv(),
    persistent: true,
  });
  try {
    await server.ensureDatabase(DATABASE);
    const url = server.urlFor(DATABASE);
    if (options.migrate !== false) await migrate(url);
    return { url, embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
