import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed";
import { startTestDatabase, type TestDatabase } from "../testing";
import { backupDatabase } from "./backup";
import { tableDigests } from "./catalogue";
import { restoreDatabase } from "./restore";

let db: TestDatabase;
let other: TestDatabase;
let folder: string;

beforeAll(async () => {
  [db, other] = await Promise.all([startTestDatabase(), startTestDatabase()]);
  await seedDemo(db.prisma);
  folder = await mkdtemp(join(tmpdir(), "csc-backup-"));
});

afterAll(async () => {
  await Promise.all([db?.stop(), other?.stop()]);
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe("backupDatabase and restoreDatabase", () => {
  it("backs up, survives changes, and restores every table to the backup's content", async () => {
    const before = await withClient(db.url, tableDigests);
    const file = join(folder, "case-record.csc-backup.gz");
    const summary = await backupDatabase(db.url, file);
    expect(summary.rows).toBeGreaterThan(100);
    expect(summary.tables).toBe(Object.keys(before).length);

    // Change the data after the backup: a council renamed, audit rows added, a case removed with its history.
    const auditMax = await withClient(db.url, async (client) => {
      await client.query("UPDATE council SET name = 'Renamed after the backup' WHERE id = 'demo-north'");
      await client.query("SET session_replication_role = replica");
      await client.query("DELETE FROM case_event WHERE case_id = (SELECT id FROM case_record ORDER BY id LIMIT 1)");
      const { rows } = await client.query<{ max: string }>("SELECT coalesce(max(id), 0)::text AS max FROM audit_log");
      return Number(rows[0]?.max);
    });
    expect(await withClient(db.url, tableDigests)).not.toEqual(before);

    await expect(restoreDatabase(db.url, file)).rejects.toThrow(/already holds a case record; restore with --replace/);
    const restored = await restoreDatabase(db.url, file, { replace: true });
    expect(restored.rows).toBe(summary.rows);
    expect(await withClient(db.url, tableDigests)).toEqual(before);

    // Sequences continue where they were: a new audit row never reuses an identifier issued before.
    const next = await withClient(db.url, async (client) => {
      const { rows } = await client.query<{ id: string }>("SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))::text AS id");
      return Number(rows[0]?.id);
    });
    expect(next).toBeGreaterThan(auditMax);
  });

  it("restores into another server with the same content", async () => {
    const file = join(folder, "to-another.csc-backup.gz");
    await backupDatabase(db.url, file);
    await restoreDatabase(other.url, file, { replace: true });
    expect(await withClient(other.url, tableDigests)).toEqual(await withClient(db.url, tableDigests));
  });

  it("refuses a file that is not a backup, and leaves the database as it was", async () => {
    const file = join(folder, "not-a-backup.gz");
    const { gzipSync } = await import("node:zlib");
    await writeFile(file, gzipSync("SELECT 1;\n"));
    const before = await withClient(other.url, tableDigests);
    await expect(restoreDatabase(other.url, file, { replace: true })).rejects.toThrow(/not a backup of this platform/);
    expect(await withClient(other.url, tableDigests)).toEqual(before);
  });
});
