import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "./testing";
import { transactionConnection } from "./transaction-connection";
import { withCouncil } from "./with-council";

let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.createMany({
    data: [
      { id: "council-a", name: "A" },
      { id: "council-b", name: "B" },
    ],
  });
  await db.prisma.case.create({
    data: { councilId: "council-b", reference: "B-001", kind: "complaint", receivedOn: new Date("2024-05-01"), status: "received" },
  });
});

afterAll(async () => {
  await db?.stop();
});

const newCase = (councilId: string, reference: string) =>
  [
    `INSERT INTO case_record (council_id, id, reference, kind, received_on, status) VALUES ($1, gen_random_uuid(), $2, 'complaint', '2024-05-01', 'received')`,
    [councilId, reference],
  ] as const;

describe("transactionConnection: the connection a Prisma transaction runs on", () => {
  it("runs its statements in the transaction: the transaction reads what they wrote, and a rollback takes it away", async () => {
    const seen = await db.prisma
      .$transaction(async (tx) => {
        const connection = await transactionConnection(tx);
        await connection.query(...newCase("council-a", "A-001"));
        const inTransaction = await tx.case.count({ where: { reference: "A-001" } });
        throw Object.assign(new Error("roll back"), { inTransaction });
      })
      .catch((error: { inTransaction?: number }) => error.inTransaction);
    expect(seen).toBe(1);
    expect(await db.prisma.case.count({ where: { reference: "A-001" } })).toBe(0);
  });

  it("is under the council's SET LOCAL settings: row-level security refuses another council's row, and it reads only its own", async () => {
    await expect(
      withCouncil(db.prisma, "council-a", async (tx) => (await transactionConnection(tx)).query(...newCase("council-b", "B-002"))),
    ).rejects.toThrow(/row-level security/);
    const rows = await withCouncil(db.prisma, "council-a", async (tx) => {
      const connection = await transactionConnection(tx);
      return connection.$queryRaw<{ reference: string; council: string }[]>`SELECT reference, current_setting('app.council_id') AS council
        FROM case_record`;
    });
    expect(rows).toEqual([]);
    const own = await withCouncil(db.prisma, "council-b", async (tx) => {
      const connection = await transactionConnection(tx);
      return connection.$queryRaw<{ reference: string }[]>`SELECT reference FROM case_record WHERE council_id = ${"council-b"}`;
    });
    expect(own).toEqual([{ reference: "B-001" }]);
  });

  it("finds each transaction's own connection when two run at once", async () => {
    const pids = await Promise.all(
      [0, 1].map((i) =>
        db.prisma.$transaction(async (tx) => {
          const connection = await transactionConnection(tx);
          const [viaConnection] = await connection.query<{ pid: number }>("SELECT pg_backend_pid() AS pid", []);
          const [viaPrisma] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          await new Promise((resolve) => setTimeout(resolve, 20 * i));
          return { viaConnection: viaConnection?.pid, viaPrisma: viaPrisma?.pid };
        }),
      ),
    );
    for (const pid of pids) expect(pid.viaConnection).toBe(pid.viaPrisma);
    expect(pids[0]?.viaPrisma).not.toBe(pids[1]?.viaPrisma);
  });

  it("$executeRaw answers the rows written", async () => {
    const written = await withCouncil(db.prisma, "council-b", async (tx) => {
      const connection = await transactionConnection(tx);
      return connection.$executeRaw`UPDATE case_record SET status = 'received' WHERE reference = ${"B-001"}`;
    });
    expect(written).toBe(1);
  });
});
