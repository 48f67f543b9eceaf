import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, startTestStandby, type StreamingStandby, type TestDatabase } from "../testing";

/** A real streaming standby of the embedded PostgreSQL: it replays the primary's WAL and refuses writes. */
let db: TestDatabase;
let standby: StreamingStandby;

beforeAll(async () => {
  db = await startTestDatabase();
  standby = await startTestStandby(db);
}, 120_000);

afterAll(async () => {
  await standby?.stop();
  await db?.stop();
});

async function on<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("startTestStandby", () => {
  it("is in recovery, streams from the primary over its slot, and has the primary's later writes", async () => {
    expect(await on(standby.url, "SELECT pg_is_in_recovery() AS recovering")).toEqual([{ recovering: true }]);
    expect(await on(db.url, "SELECT pg_is_in_recovery() AS recovering")).toEqual([{ recovering: false }]);
    const streaming = await on<{ state: string; application_name: string }>(db.url, "SELECT state, application_name FROM pg_stat_replication");
    expect(streaming).toEqual([{ state: "streaming", application_name: "csc_standby" }]);
    await db.prisma.council.create({ data: { id: "written-on-primary", name: "Written on the primary" } });
    await standby.catchUp();
    expect(await on(standby.url, "SELECT name FROM council WHERE id = 'written-on-primary'")).toEqual([{ name: "Written on the primary" }]);
  }, 60_000);

  it("refuses writes", async () => {
    await expect(on(standby.url, "INSERT INTO council (id, name) VALUES ('x', 'x')")).rejects.toThrow(/read-only transaction/);
  }, 30_000);
});
