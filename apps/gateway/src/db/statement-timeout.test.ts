import { createPrismaClient } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementTimeoutMs, withStatementTimeout } from "./statement-timeout";

let db: TestDatabase;
beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(async () => db?.stop());

describe("statement timeout per request (issue 9 finding 5)", () => {
  it("cancels a statement that runs past the timeout on the gateway's connections", async () => {
    const prisma = createPrismaClient(withStatementTimeout(db.url, 200));
    try {
      await expect(prisma.$queryRawUnsafe("SELECT pg_sleep(2)")).rejects.toThrow(/statement timeout/);
      expect(await prisma.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("reads the setting with bounds", () => {
    expect(statementTimeoutMs({})).toBe(30_000);
    expect(statementTimeoutMs({ CSC_STATEMENT_TIMEOUT_MS: "5000" })).toBe(5000);
    expect(() => statementTimeoutMs({ CSC_STATEMENT_TIMEOUT_MS: "2147483647" })).toThrow(/between/);
  });
});
