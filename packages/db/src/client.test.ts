import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { startTestDatabase, type TestDatabase } from "./testing";

let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
});

afterAll(async () => {
  await db?.stop();
});

const backendOf = async (prisma: ReturnType<typeof createPrismaClient>): Promise<number> => {
  const [row] = await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  if (!row) throw new Error("no backend pid");
  return row.pid;
};
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createPrismaClient's pool", () => {
  it("keeps `keepOpen` connections however long they stay idle, so the same backend answers after a pause", async () => {
    const prisma = createPrismaClient(db.gatewayUrl, { maxConnections: 2, keepOpen: 2, idleTimeoutMs: 50 });
    try {
      const first = await backendOf(prisma);
      await idle(300);
      expect(await backendOf(prisma)).toBe(first);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("closes an idle connection after idleTimeoutMs when none is to be kept (a new backend answers)", async () => {
    const prisma = createPrismaClient(db.gatewayUrl, { maxConnections: 2, idleTimeoutMs: 50 });
    try {
      const first = await backendOf(prisma);
      await idle(300);
      expect(await backendOf(prisma)).not.toBe(first);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("sets work_mem on every connection to workMemMb, and refuses a value that is not a whole number of MB", async () => {
    const prisma = createPrismaClient(db.gatewayUrl, { maxConnections: 2, workMemMb: 48 });
    try {
      const rows = await Promise.all([0, 1].map(() => prisma.$transaction(async (tx) => tx.$queryRaw<{ work_mem: string }[]>`SHOW work_mem`)));
      expect(rows.map((r) => r[0]?.work_mem)).toEqual(["48MB", "48MB"]);
    } finally {
      await prisma.$disconnect();
    }
    const plain = createPrismaClient(db.gatewayUrl, { maxConnections: 1 });
    try {
      expect((await plain.$queryRaw<{ work_mem: string }[]>`SHOW work_mem`)[0]?.work_mem).not.toBe("48MB");
    } finally {
      await plain.$disconnect();
    }
    expect(() => createPrismaClient(db.gatewayUrl, { workMemMb: 0.5 })).toThrow('workMemMb must be a whole number of MB from 1 to 2048, not "0.5"');
  });
});
