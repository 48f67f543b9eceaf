import { COUNTED_UNITS_VERSION } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed/seed";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";

/**
 * A change to a case's rows that does not store its units again (here a point of complaint added by hand) is caught
 * before commit: the invalidation trigger notes the case in counted_unit_pending and withCouncil rebuilds that
 * case's units, and nothing is left pending afterwards.
 */
let db: TestDatabase;
let councilId: string;

beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemo(db.prisma);
  const council = await db.prisma.council.findFirstOrThrow({ orderBy: { id: "asc" } });
  councilId = council.id;
});

afterAll(async () => {
  await db?.stop();
});

const reasonUnits = (caseId: string) =>
  db.prisma.countedUnit.count({ where: { councilId, caseId, unit: "reason", rulesVersion: COUNTED_UNITS_VERSION } });

describe("counted units of a changed case", () => {
  it("are rebuilt before commit for the cases the transaction changed, and nothing stays pending", async () => {
    const complaint = await db.prisma.case.findFirstOrThrow({ where: { councilId, kind: "complaint" }, include: { points: true } });
    const before = await reasonUnits(complaint.id);
    expect(before).toBe(complaint.points.length);
    const otherCases = await db.prisma.countedUnit.count({ where: { councilId, NOT: { caseId: complaint.id } } });

    await withCouncil(db.prisma, councilId, async (tx) => {
      await tx.pointOfComplaint.create({
        data: { councilId, caseId: complaint.id, pointRef: "added", seq: complaint.points.length + 1, theme: "communication" },
      });
      // Inside the transaction the trigger has dropped the case's units and noted the case.
      expect(await tx.countedUnitPending.count({ where: { caseId: complaint.id } })).toBe(1);
      expect(await tx.countedUnit.count({ where: { caseId: complaint.id } })).toBe(0);
    });

    expect(await reasonUnits(complaint.id)).toBe(before + 1);
    expect(await db.prisma.countedUnit.count({ where: { councilId, NOT: { caseId: complaint.id } } })).toBe(otherCases);
    expect(await db.prisma.countedUnitPending.count()).toBe(0);
  });

  it("leave nothing pending when the transaction rolls back", async () => {
    const complaint = await db.prisma.case.findFirstOrThrow({ where: { councilId, kind: "complaint" } });
    await expect(
      withCouncil(db.prisma, councilId, async (tx) => {
        await tx.case.update({ where: { councilId_id: { councilId, id: complaint.id } }, data: { version: { increment: 1 } } });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await db.prisma.countedUnitPending.count()).toBe(0);
    expect(await db.prisma.countedUnit.count({ where: { caseId: complaint.id, unit: "case" } })).toBe(1);
  });

  it("are left to a writer that says it stores them (csc.case_units_by_writer) for its INSERTs only", async () => {
    const complaint = await db.prisma.case.findFirstOrThrow({ where: { councilId, kind: "complaint" }, include: { points: true } });
    await withCouncil(db.prisma, councilId, async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL csc.case_units_by_writer = 'on'`);
      await tx.pointOfComplaint.create({
        data: { councilId, caseId: complaint.id, pointRef: "by-writer", seq: complaint.points.length + 1, theme: "communication" },
      });
      // The INSERT is not noted and the case's units stay (the writer stores them itself).
      expect(await tx.countedUnitPending.count({ where: { caseId: complaint.id } })).toBe(0);
      expect(await tx.countedUnit.count({ where: { caseId: complaint.id, unit: "case" } })).toBe(1);
      // An UPDATE is noted all the same.
      await tx.case.update({ where: { councilId_id: { councilId, id: complaint.id } }, data: { version: { increment: 1 } } });
      expect(await tx.countedUnitPending.count({ where: { caseId: complaint.id } })).toBe(1);
      await tx.$executeRawUnsafe(`SET LOCAL csc.case_units_by_writer = 'off'`);
    });
    expect(await db.prisma.countedUnitPending.count()).toBe(0);
    expect(await reasonUnits(complaint.id)).toBe(complaint.points.length + 1);
  });
});
