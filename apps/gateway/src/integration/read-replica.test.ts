import { createPrismaClient, seedDemo } from "@csc/db";
import { startTestDatabase, startTestStandby, type StreamingStandby, type TestDatabase } from "@csc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionTokens } from "../auth/session-token";
import { analyticsReadUrl } from "../db/read-url";
import { createGateway, type Gateway } from "../gateway";
import { createAnalyticsPool } from "../reports/analytics-pool";
import type { AnalyticsEngine } from "../reports/analytics-engine";
import { TEST_TODAY } from "../testing/harness";
import { complaint, RECORD_FEEDBACK } from "../testing/operations";

/**
 * DATABASE_READ_URL (issue 11 item 4) against a real streaming standby of the embedded PostgreSQL: statistics are
 * read on the standby (its replay paused, they do not see a case the primary has just stored; resumed, they do),
 * while recording a case and the officer's case list go to the primary.
 */
let db: TestDatabase;
let standby: StreamingStandby;
let analytics: AnalyticsEngine;
let gateway: Gateway;
let url: string;

/** One statement on a server as its superuser (test set-up and inspection only). */
async function sql<T>(connection: string, text: string): Promise<T[]> {
  const client = createPrismaClient(connection, { maxConnections: 1 });
  try {
    return await client.$queryRawUnsafe<T[]>(text);
  } finally {
    await client.$disconnect();
  }
}

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

async function signIn(role: "officer" | "manager"): Promise<string> {
  const answer = await gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
    input: { councilId: "demo-north", email: `${role}@demo-north.example`, password: "demo-password-2026" },
  });
  if (!answer.data) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.signIn.token;
}

beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemo(db.prisma, { cases: false });
  standby = await startTestStandby(db);
  analytics = createAnalyticsPool({ url: analyticsReadUrl({ DATABASE_READ_URL: standby.url }, db.url), workers: 1 });
  gateway = await createGateway({
    root: db.prisma,
    analytics,
    logger: { log: () => {} },
    sessions: createSessionTokens({ secret: "test-secret-test-secret-test-secret" }),
    today: () => TEST_TODAY,
  });
  url = await gateway.listen(0);
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await analytics?.close();
  await standby?.stop();
  await db?.stop();
});

describe("analytics on a read replica (DATABASE_READ_URL)", () => {
  it("serves statistics from the standby and records cases on the primary", async () => {
    const [officer, manager] = [await signIn("officer"), await signIn("manager")];
    const received = async () => {
      const answer = await gql<{ statistics: { value: number } }>(
        `{ statistics(metric: CASES_RECEIVED, financialYear: 2025) { value } }`,
        {},
        manager,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data?.statistics.value;
    };
    const listed = async () => (await gql<{ cases: { totalCount: number } }>(`{ cases { totalCount } }`, {}, officer)).data?.cases.totalCount;

    const first = await gql(RECORD_FEEDBACK, { input: complaint() }, officer);
    expect(first.errors).toBeUndefined();
    await standby.catchUp();
    expect(await received()).toBe(1);
    // The worker's connections are on the standby, which is in recovery.
    const readers = await sql<{ recovering: boolean; clients: number }>(
      standby.url,
      "SELECT pg_is_in_recovery() AS recovering, count(*)::int AS clients FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
    );
    expect(readers).toEqual([{ recovering: true, clients: expect.any(Number) }]);
    expect(readers[0]?.clients).toBeGreaterThan(0);

    // Replay paused: the primary stores the next case, the officer sees it, the statistics (standby) do not yet.
    await sql(standby.url, "SELECT pg_wal_replay_pause()::text");
    const second = await gql(RECORD_FEEDBACK, { input: complaint({ receivedOn: "2026-01-06" }) }, officer);
    expect(second.errors).toBeUndefined();
    expect(await db.prisma.case.count({ where: { councilId: "demo-north" } })).toBe(2);
    expect(await listed()).toBe(2);
    expect(await received()).toBe(1);

    await sql(standby.url, "SELECT pg_wal_replay_resume()::text");
    await standby.catchUp();
    expect(await received()).toBe(2);
  }, 120_000);
});
