import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "./client";
import { startEmbeddedServer } from "./embedded/server";
import { migrate } from "./migrate";

export type TestDatabase = {
  url: string;
  prisma: PrismaClient;
  /** Disconnects the client, stops the server and removes its temporary folder. */
  stop(): Promise<void>;
};

/**
 * A fresh, migrated PostgreSQL for one test file: an embedded server in a new temporary folder on a free
 * port, tuned for speed (fsync off). Call once per file (beforeAll) and stop() in afterAll.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const root = await mkdtemp(join(tmpdir(), "csc-pg-"));
  // The server runs as the `postgres` system user, which must be able to enter the folder.
  await chmod(root, 0o755);
  const server = await startEmbeddedServer({ dataDir: join(root, "data"), persistent: false, fast: true }).catch(
    async (error: unknown) => {
      await rm(root, { recursive: true, force: true });
      throw error;
    },
  );
  const stopServer = async () => {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  };
  try {
    await server.ensureDatabase("csc_test");
    const url = server.urlFor("csc_test");
    await migrate(url);
    const prisma = createPrismaClient(url, { maxConnections: 4 });
    return {
      url,
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
