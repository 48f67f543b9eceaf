import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "./testing";
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
  for (const councilId of ["council-a", "council-b"]) {
    const area = await db.prisma.councilServiceArea.create({
      data: { councilId, code: "cin", label: "Children in care", canonical: "children_in_care", validFrom: new Date("2020-04-01") },
    });
    await db.prisma.team.create({
      data: { councilId, code: "t1", name: `Team of ${councilId}`, serviceAreaId: area.id, validFrom: new Date("2020-04-01") },
    });
    await db.prisma.case.create({
      data: { councilId, reference: `${councilId}-001`, kind: "complaint", receivedOn: new Date("2024-05-01"), status: "received" },
    });
  }
});

afterAll(async () => {
  await db?.stop();
});

describe("withCouncil (row-level security, the second wall)", () => {
  it("shows a council its own rows only", async () => {
    const cases = await withCouncil(db.prisma, "council-a", (tx) => tx.case.findMany());
    expect(cases.map((c) => c.reference)).toEqual(["council-a-001"]);
    const teams = await withCouncil(db.prisma, "council-b", (tx) => tx.team.findMany());
    expect(teams.map((t) => t.name)).toEqual(["Team of council-b"]);
  });

  it("returns nothing when council A asks for council B's rows by their ids", async () => {
    const other = await db.prisma.case.findFirstOrThrow({ where: { councilId: "council-b" } });
    const seen = await withCouncil(db.prisma, "council-a", (tx) => tx.case.findMany({ where: { councilId: "council-b", id: other.id } }));
    expect(seen).toEqual([]);
    const count = await withCouncil(db.prisma, "council-a", (tx) => tx.case.count({ where: { councilId: "council-b" } }));
    expect(count).toBe(0);
    const councils = await withCouncil(db.prisma, "council-a", (tx) => tx.council.findMany());
    expect(councils.map((c) => c.id)).toEqual(["council-a"]);
  });

  it("cannot change council B's rows from council A", async () => {
    const updated = await withCouncil(db.prisma, "council-a", (tx) =>
      tx.case.updateMany({ where: { councilId: "council-b" }, data: { status: "closed" } }),
    );
    expect(updated.count).toBe(0);
    const untouched = await db.prisma.case.findFirstOrThrow({ where: { councilId: "council-b" } });
    expect(untouched.status).toBe("received");
  });

  it("refuses to write a row for another council", async () => {
    await expect(
      withCouncil(db.prisma, "council-a", (tx) =>
        tx.case.create({
          data: { councilId: "council-b", reference: "sneaky", kind: "comment", receivedOn: new Date("2024-06-01"), status: "received" },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("sees nothing for a council id that does not exist", async () => {
    const cases = await withCouncil(db.prisma, "no-such-council", (tx) => tx.case.findMany());
    expect(cases).toEqual([]);
  });

  it("ends the wall with the transaction: the next transaction is not left on the application role", async () => {
    await withCouncil(db.prisma, "council-a", (tx) => tx.case.findMany());
    const rows = await db.prisma.$queryRaw<{ role: string; council: string | null }[]>`
      SELECT current_user AS role, current_setting('app.council_id', true) AS council`;
    expect(rows[0]?.role).toBe("postgres");
    expect(rows[0]?.council ?? "").toBe("");
  });

  it("read-only: the same wall (own rows, the application role) and PostgreSQL refuses any write", async () => {
    const seen = await withCouncil(
      db.prisma,
      "council-a",
      async (tx) => ({
        cases: (await tx.case.findMany()).map((c) => c.reference),
        who: await tx.$queryRaw<{ role: string; council: string; readOnly: string }[]>`
          SELECT current_user AS role, current_setting('app.council_id') AS council, current_setting('transaction_read_only') AS "readOnly"`,
      }),
      { readOnly: true },
    );
    expect(seen.cases).toEqual(["council-a-001"]);
    expect(seen.who[0]).toEqual({ role: "csc_app", council: "council-a", readOnly: "on" });
    await expect(
      withCouncil(db.prisma, "council-a", (tx) => tx.case.updateMany({ where: {}, data: { status: "closed" } }), { readOnly: true }),
    ).rejects.toThrow(/read-only transaction/);
    const untouched = await db.prisma.case.findFirstOrThrow({ where: { councilId: "council-a" } });
    expect(untouched.status).toBe("received");
  });

  it("rejects a malformed council id before touching the database", async () => {
    await expect(withCouncil(db.prisma, "A'; DROP TABLE council; --", async () => 1)).rejects.toThrow(/councilId must be a council id/);
  });
});
