import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrationNames } from "./migration-names";
import { shipsModule } from "./embedded/native";
import { sharedBuffersFor, usableMemory } from "./embedded/shared-buffers";
import { startTestDatabase } from "./testing";

describe("startTestDatabase", () => {
  it("gives a migrated database on its own server, and stop() stops the server and removes its folder", async () => {
    const db = await startTestDatabase();
    expect(existsSync(db.directory)).toBe(true);
    const migrations = await db.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgmigrations ORDER BY id`;
    expect(migrations.map((m) => m.name)).toEqual(migrationNames());
    expect(migrationNames()[0]).toBe("1763900000000_case-record");
    expect(await db.prisma.case.count()).toBe(0);

    await db.stop();
    expect(existsSync(db.directory)).toBe(false);
    const client = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => undefined);
    await expect(client.connect()).rejects.toThrow(/ECONNREFUSED|connect/);
  });

  it("starts independent servers: what one test file writes, another does not see", async () => {
    const [a, b] = await Promise.all([startTestDatabase(), startTestDatabase()]);
    try {
      expect(a.url).not.toBe(b.url);
      await a.prisma.council.create({ data: { id: "only-in-a", name: "A" } });
      expect(await b.prisma.council.count()).toBe(0);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("keeps a database in a folder it is given: a second start finds what the first wrote, and stop() leaves it; its shared_buffers sized as a server's and its cache restored", async () => {
    const parent = await mkdtemp(join(tmpdir(), "csc-kept-"));
    // The server runs as the `postgres` system user, which must be able to enter every folder on the way.
    await chmod(parent, 0o755);
    const folder = join(parent, "db");
    try {
      const first = await startTestDatabase({ keepIn: folder });
      await first.prisma.council.create({ data: { id: "kept-council", name: "Kept" } });
      await first.stop();
      expect(existsSync(join(folder, "data", "PG_VERSION"))).toBe(true);
      // autoprewarm listed the cached blocks at shutdown, for the next start to read back.
      if (shipsModule("pg_prewarm")) expect(existsSync(join(folder, "data", "autoprewarm.blocks"))).toBe(true);
      const second = await startTestDatabase({ keepIn: folder });
      try {
        expect(await second.prisma.council.findUnique({ where: { id: "kept-council" } })).toMatchObject({ name: "Kept" });
        const [buffers] = await second.prisma.$queryRaw<{ mb: number }[]>`SELECT (setting::bigint * 8192 / 1048576)::int AS mb
          FROM pg_settings WHERE name = 'shared_buffers'`;
        expect(`${buffers?.mb}MB`).toBe(sharedBuffersFor(usableMemory()));
        const [preload] = await second.prisma.$queryRaw<{ libraries: string }[]>`SELECT current_setting('shared_preload_libraries') AS libraries`;
        expect(preload?.libraries).toBe(shipsModule("pg_prewarm") ? "pg_prewarm" : "");
      } finally {
        await second.stop();
      }
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
