import { existsSync, readdirSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startTestDatabase } from "./testing";

describe("startTestDatabase", () => {
  it("gives a migrated database on its own server, and stop() stops the server and removes its folder", async () => {
    const db = await startTestDatabase();
    expect(existsSync(db.directory)).toBe(true);
    const migrations = await db.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgmigrations ORDER BY id`;
    // Every migration file, in order (each engineer adds their own).
    const files = readdirSync(new URL("../migrations", import.meta.url)).filter((f) => f.endsWith(".sql")).map((f) => f.replace(/\.sql$/, "")).sort();
    expect(migrations.map((m) => m.name)).toEqual(files);
    expect(files[0]).toBe("1763900000000_case-record");
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
});
