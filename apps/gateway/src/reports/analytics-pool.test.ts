import { DEMO_PASSWORD, hashPassword, type PrismaClient } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { financialYear } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway, type Gateway } from "../gateway";
import { importCouncilFixture } from "../import/import-fixture";
import { inProcessAnalytics, type AnalyticsEngine } from "./analytics-engine";
import { createAnalyticsPool } from "./analytics-pool";

/**
 * The analytics worker pool (issue 11 item 3): the same answers as in-process, computed in worker threads on their
 * own connections; bad input keeps its BAD_USER_INPUT; the statement timeout of the analytics pool applies; and the
 * gateway serves statistics through it.
 */
let db: TestDatabase;
let pool: AnalyticsEngine;
let local: AnalyticsEngine;
const year = financialYear(2020);

beforeAll(async () => {
  db = await startTestDatabase();
  await importCouncilFixture(db.prisma, "hartlepool");
  // The workers connect as the gateway does: its login role.
  pool = createAnalyticsPool({ url: db.gatewayUrl, workers: 2 });
  local = inProcessAnalytics(db.prisma);
}, 240_000);

afterAll(async () => {
  await pool?.close();
  await db?.stop();
});

describe("analytics worker pool", () => {
  it("answers statistics, reports and comparisons exactly as in-process", async () => {
    const query = { metric: "cases_completed" as const, stage: "stage1" as const, groupBy: ["outcome"] };
    const [fromPool, fromHere] = await Promise.all([pool.statistics("hartlepool", query, year), local.statistics("hartlepool", query, year)]);
    expect(fromPool.base).toBeGreaterThan(0);
    expect(fromPool).toEqual(fromHere);
    expect(await pool.report("hartlepool", year)).toEqual(await local.report("hartlepool", year));
    expect(await pool.compare(["stage1_within_10"], year)).toEqual(await local.compare(["stage1_within_10"], year));
    const options = { basis: "completed", stage: "stage2" } as const;
    const compared = await pool.compare(["within_timescale", "upheld_share"], year, undefined, options);
    expect(compared).toMatchObject(options);
    expect(compared).toEqual(await local.compare(["within_timescale", "upheld_share"], year, undefined, options));
  }, 120_000);

  it("returns bad input as BAD_USER_INPUT naming the field, as in-process", async () => {
    const error = await pool.statistics("hartlepool", { metric: "cases_received", groupBy: ["shoeSize"] }, year).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(String((error as Error).message)).toMatch(/groupBy/);
  }, 60_000);

  it("cancels a statement that runs past the analytics statement timeout", async () => {
    const strict = createAnalyticsPool({ url: db.url, workers: 1, statementTimeoutMs: 1 });
    try {
      const error = await strict.report("hartlepool", year).catch((e: unknown) => e);
      expect(String((error as Error).message)).toMatch(/statement timeout/i);
    } finally {
      await strict.close();
    }
  }, 60_000);

  it("refuses a work_mem that is not a whole number of MB before starting any worker, naming the setting", () => {
    expect(() => createAnalyticsPool({ url: db.gatewayUrl, workers: 1, workMemMb: 0 })).toThrow(
      'analytics workMemMb must be a whole number of MB from 1 to 2048, not "0"',
    );
    const saved = process.env.ANALYTICS_WORK_MEM_MB;
    process.env.ANALYTICS_WORK_MEM_MB = "lots";
    try {
      expect(() => createAnalyticsPool({ url: db.gatewayUrl, workers: 1 })).toThrow(
        'ANALYTICS_WORK_MEM_MB must be a whole number of MB from 1 to 2048, not "lots"',
      );
    } finally {
      if (saved === undefined) delete process.env.ANALYTICS_WORK_MEM_MB;
      else process.env.ANALYTICS_WORK_MEM_MB = saved;
    }
  });
});

describe("the gateway with an analytics pool", () => {
  let gateway: Gateway;
  let url: string;
  const signIn = async (root: PrismaClient) => {
    const user = await root.user.create({
      data: { email: "analyst@hartlepool.example", displayName: "Analyst", passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    await root.userCouncilRole.create({ data: { councilId: "hartlepool", userId: user.id, role: "analyst" } });
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
        variables: { input: { councilId: "hartlepool", email: "analyst@hartlepool.example", password: DEMO_PASSWORD } },
      }),
    });
    return ((await response.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
  };

  it("serves statistics computed in the workers", async () => {
    gateway = await createGateway({ root: db.prisma, analytics: pool, logger: { log: () => {} }, today: () => "2026-06-30" });
    url = await gateway.listen(0);
    try {
      const token = await signIn(db.prisma);
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ statistics(metric: CASES_RECEIVED, financialYear: 2020) { value base } }` }),
      });
      const answer = (await response.json()) as { data?: { statistics: { value: number } }; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.statistics.value).toBe((await local.statistics("hartlepool", { metric: "cases_received" }, year)).value);
    } finally {
      await gateway.stop();
    }
  }, 120_000);
});
