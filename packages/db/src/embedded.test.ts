import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startDatabase } from "./embedded";
import { migrationNames } from "./migration-names";
import { startTestDatabase } from "./testing";

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const savedUrl = process.env.DATABASE_URL;
afterEach(() => {
  delete process.env.DATABASE_MIGRATION_URL;
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

describe("startDatabase", () => {
  it("without DATABASE_URL starts an embedded PostgreSQL in the data folder, migrated, and keeps its data", async () => {
    delete process.env.DATABASE_URL;
    const root = await mkdtemp(join(tmpdir(), "csc-start-"));
    await chmod(root, 0o755);
    try {
      const first = await startDatabase({ dataDir: join(root, "postgres") });
      expect(first.embedded).toBe(true);
      await query(first.migrationUrl, "INSERT INTO council (id, name) VALUES ('kept', 'Kept')");
      await first.stop();

      const second = await startDatabase({ dataDir: join(root, "postgres") });
      try {
        expect(await query(second.migrationUrl, "SELECT id FROM council")).toEqual([{ id: "kept" }]);
        expect(await query(second.migrationUrl, "SELECT count(*)::int AS n FROM pgmigrations")).toEqual([{ n: migrationNames().length }]);
        // The gateway's URL is its login role with the password generated at the first start and kept since.
        const login = new URL(second.url);
        expect(login.username).toBe("csc_gateway");
        expect(login.password).toBe(new URL(first.url).password);
        expect(login.password).toMatch(/^[0-9a-f]{64}$/);
        expect(await query(second.url, "SELECT current_user AS who")).toEqual([{ who: "csc_gateway" }]);
        await expect(query(second.url, "SELECT id FROM council")).rejects.toThrow(/permission denied/);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("with DATABASE_URL uses that server and starts nothing", async () => {
    const server = await startTestDatabase();
    try {
      process.env.DATABASE_URL = server.url;
      const db = await startDatabase();
      expect(db).toMatchObject({ url: server.url, migrationUrl: server.url, embedded: false });
      await db.stop();
      // The least-privilege split: the gateway on its login role, the migrations through DATABASE_MIGRATION_URL.
      process.env.DATABASE_URL = server.gatewayUrl;
      process.env.DATABASE_MIGRATION_URL = server.url;
      expect(await startDatabase()).toMatchObject({ url: server.gatewayUrl, migrationUrl: server.url, embedded: false });
      // stop() of an external database leaves the server running.
      expect(await query(server.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await server.stop();
    }
  });

  it("names CSC_PG_PORT when it is not a port number", async () => {
    delete process.env.DATABASE_URL;
    process.env.CSC_PG_PORT = "not-a-port";
    try {
      await expect(startDatabase({ dataDir: "/nonexistent" })).rejects.toThrow('CSC_PG_PORT must be a port number from 1 to 65535, not "not-a-port"');
    } finally {
      delete process.env.CSC_PG_PORT;
    }
  });
});
