import { access, chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "./client";
import { startEmbeddedServer } from "./embedded/server";
import { copyTemplate, migratedTemplate, TEST_DATABASE } from "./embedded/template";
import { migrate } from "./migrate";
import { startStreamingStandby, type StreamingStandby } from "./embedded/standby";
import { embeddedGatewayPassword, ensureGatewayLoginRole, gatewayLoginUrl } from "./roles";

export type TestDatabase = {
  /** The owner's connection (migrations, seeding and a test's own set-up and checks). */
  url: string;
  /** The gateway's login role (csc_gateway: owns nothing, bypasses nothing): what the gateway under test uses. */
  gatewayUrl: string;
  /** The folder holding the server's data (removed by stop(), unless kept: TestDatabaseOptions.keepIn). */
  directory: string;
  prisma: PrismaClient;
  /** Disconnects the client, stops the server and removes its temporary folder (a kept folder stays). */
  stop(): Promise<void>;
};

/** Where a test database keeps its data. */
export interface TestDatabaseOptions {
  /**
   * A folder to keep the database in, for benchmarks that build a large data set once and measure it again later:
   * created from the template when it holds no database yet, started as it is when it does, and left in place
   * by stop() (a clean shutdown; the server runs with fsync off, so a crash can lose it), and the server's
   * shared_buffers are sized as the platform's own (a quarter of memory). Tests leave it unset.
   */
  keepIn?: string;
}

/**
 * A fresh, migrated PostgreSQL for one test file: an embedded server in a new temporary folder on a free
 * port, tuned for speed (fsync off). Its data folder is a copy of a migrated template built once per set of
 * migrations, so a test file pays for a server start, not for initdb and the migrations.
 * Call once per file (beforeAll) and stop() in afterAll. With `keepIn`, the folder is kept (see TestDatabaseOptions).
 */
export async function startTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const template = await migratedTemplate();
  const kept = options.keepIn;
  const root = kept ?? (await mkdtemp(join(tmpdir(), "csc-pg-")));
  if (kept) await mkdir(kept, { recursive: true });
  const removeRoot = () => (kept ? Promise.resolve() : rm(root, { recursive: true, force: true }));
  // The server runs as the `postgres` system user, which must be able to enter the folder.
  await chmod(root, 0o755);
  const dataDir = join(root, "data");
  const exists =
    kept !== undefined &&
    (await access(join(dataDir, "PG_VERSION")).then(
      () => true,
      () => false,
    ));
  const server = await (exists ? Promise.resolve() : copyTemplate(template, dataDir))
    .then(() => startEmbeddedServer({ dataDir, persistent: kept !== undefined, fast: true, longRunning: kept !== undefined }))
    .catch(async (error: unknown) => {
      await removeRoot();
      throw error;
    });
  const stopServer = async () => {
    await server.stop();
    await removeRoot();
  };
  try {
    const url = server.urlFor(TEST_DATABASE);
    // Nothing to apply when the template is current; kept so a test database is never behind.
    await migrate(url);
    const password = await embeddedGatewayPassword(dataDir);
    await ensureGatewayLoginRole(url, password);
    const prisma = createPrismaClient(url, { maxConnections: 4 });
    return {
      url,
      gatewayUrl: gatewayLoginUrl(url, password),
      directory: root,
      prisma,
      async stop() {
        await prisma.$disconnect();
        await stopServer();
      },
    };
  } catch (error) {
    await stopServer();
    throw error;
  }
}

export { startStreamingStandby, type StreamingStandby };

/**
 * A real streaming standby of a test database (embedded/standby.ts), its folder beside the primary's; stop it
 * before the database.
 */
export function startTestStandby(db: TestDatabase): Promise<StreamingStandby> {
  return startStreamingStandby({ primaryUrl: db.url, primaryDataDir: join(db.directory, "data"), standbyDataDir: join(db.directory, "standby") });
}
