import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "./testing";
import { withCouncil } from "./with-council";

// audit_log and case_event are append-only: the database itself refuses UPDATE, DELETE and TRUNCATE,
// for the owner (trigger) and for the application role (trigger and missing privileges).

let db: TestDatabase;
let caseId: string;

beforeAll(async () => {
  db = await startTestDatabase();
  await db.prisma.council.create({ data: { id: "council-a", name: "A" } });
  const created = await db.prisma.case.create({
    data: { councilId: "council-a", reference: "A-1", kind: "complaint", receivedOn: new Date("2024-05-01"), status: "received" },
  });
  caseId = created.id;
  await db.prisma.caseEvent.create({
    data: { councilId: "council-a", caseId, seq: 1, type: "received", on: new Date("2024-05-01"), payload: { type: "received", on: "2024-05-01" } },
  });
  await db.prisma.auditLog.create({
    data: { councilId: "council-a", actorRole: "complaints_officer", action: "recordFeedback", caseId },
  });
});

afterAll(async () => {
  await db?.stop();
});

describe("audit_log", () => {
  it("accepts new records, inside a council's wall too", async () => {
    await withCouncil(db.prisma, "council-a", (tx) =>
      tx.auditLog.create({ data: { councilId: "council-a", actorRole: "auditor", action: "readCasePersonalData", caseId } }),
    );
    expect(await db.prisma.auditLog.count()).toBe(2);
  });

  it("refuses UPDATE", async () => {
    await expect(db.prisma.auditLog.updateMany({ data: { action: "tampered" } })).rejects.toThrow(/audit_log is append-only: UPDATE is not allowed/);
  });

  it("refuses DELETE", async () => {
    await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(/audit_log is append-only: DELETE is not allowed/);
  });

  it("refuses TRUNCATE", async () => {
    await expect(db.prisma.$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow(/audit_log is append-only: TRUNCATE is not allowed/);
  });

  it("refuses UPDATE and DELETE from the application role", async () => {
    await expect(withCouncil(db.prisma, "council-a", (tx) => tx.auditLog.updateMany({ data: { action: "tampered" } }))).rejects.toThrow(
      /permission denied|append-only/,
    );
    await expect(withCouncil(db.prisma, "council-a", (tx) => tx.auditLog.deleteMany({}))).rejects.toThrow(/permission denied|append-only/);
    const actions = (await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((r) => r.action);
    expect(actions).toEqual(["recordFeedback", "readCasePersonalData"]);
  });
});

describe("case_event", () => {
  it("refuses UPDATE and DELETE of a recorded event", async () => {
    await expect(db.prisma.caseEvent.updateMany({ data: { type: "closed" } })).rejects.toThrow(/case_event is append-only: UPDATE is not allowed/);
    await expect(db.prisma.caseEvent.deleteMany({})).rejects.toThrow(/case_event is append-only: DELETE is not allowed/);
    expect((await db.prisma.caseEvent.findMany()).map((e) => e.type)).toEqual(["received"]);
  });

  it("refuses a second event with the same sequence number", async () => {
    await expect(
      db.prisma.caseEvent.create({
        data: { councilId: "council-a", caseId, seq: 1, type: "acknowledged", on: new Date("2024-05-02") },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });
});
