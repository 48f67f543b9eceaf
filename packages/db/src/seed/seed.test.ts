import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../passwords";
import { startTestDatabase, type TestDatabase } from "../testing";
import { withCouncil } from "../with-council";
import { parseCouncilDefinition } from "./definition";
import { DEMO_COUNCILS, DEMO_PASSWORD } from "./demo-councils";
import { seedDemo, type SeedSummary } from "./seed";

let db: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  db = await startTestDatabase();
  summary = await seedDemo(db.prisma);
});

afterAll(async () => {
  await db?.stop();
});

describe("seedDemo", () => {
  it("creates the two demo councils, a platform administrator and one user per council role", async () => {
    expect(summary.created).toEqual(["demo-north", "demo-south"]);
    expect((await db.prisma.council.findMany({ orderBy: { id: "asc" } })).map((c) => c.id)).toEqual(["demo-north", "demo-south"]);
    const admin = await db.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: true } });
    expect(admin.email).toBe("platform-admin@csc.example");
    const roles = await db.prisma.userCouncilRole.findMany({ where: { councilId: "demo-north" } });
    expect(roles.map((r) => r.role).sort()).toEqual(["analyst", "auditor", "complaints_officer", "council_admin", "manager"]);
    expect(summary.signIns).toHaveLength(11);
  });

  it("stores scrypt hashes that verify the documented demo password and refuse another", async () => {
    const officer = await db.prisma.user.findUniqueOrThrow({ where: { email: "officer@demo-north.example" } });
    expect(officer.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(DEMO_PASSWORD, officer.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("wrong-password", officer.passwordHash ?? "")).toBe(false);
  });

  it("keeps team history: the renamed team names its predecessor", async () => {
    const renamed = await db.prisma.team.findFirstOrThrow({ where: { councilId: "demo-north", code: "CA" }, include: { predecessor: true } });
    expect(renamed.predecessor?.code).toBe("RA");
    expect(renamed.predecessor?.validTo?.toISOString().slice(0, 10)).toBe("2023-03-31");
  });

  it("maps every vocabulary entry to a canonical value and versions each vocabulary", async () => {
    const versions = await db.prisma.vocabularyVersion.findMany({ where: { councilId: "demo-south" } });
    expect(versions).toHaveLength(7);
    const outcome = await db.prisma.vocabularyEntry.findFirstOrThrow({ where: { councilId: "demo-south", code: "PARTLY" } });
    expect(outcome.canonical).toBe("partially_upheld");
  });

  it("adds cases with events, stages, points and derived state, walled off per council", async () => {
    const north = await withCouncil(db.prisma, "demo-north", (tx) =>
      tx.case.findMany({ include: { events: true, stages: true, points: { include: { outcomes: true } } }, orderBy: { reference: "asc" } }),
    );
    expect(north.map((c) => c.reference)).toEqual(["DN-2526-001", "DN-2526-002", "DN-2526-003", "DN-2526-004", "DN-2526-005"]);
    const first = north[0];
    expect(first?.events.map((e) => e.type)).toEqual(["received", "acknowledged", "procedure_decided", "stage_started", "response_sent", "closed"]);
    // Received Monday 5 January 2026: 10 working days later is Monday 19 January (SI 2006/1738 reg 14).
    expect(first?.stages[0]?.dueOn.toISOString().slice(0, 10)).toBe("2026-01-19");
    expect(first?.stages[0]).toMatchObject({ workingDaysTaken: 9, met: true, band: "within_10", outcome: "partially_upheld" });
    expect(first?.points.flatMap((p) => p.outcomes.map((o) => o.outcome)).sort()).toEqual(["not_upheld", "upheld"]);
    const stage2 = north[2]?.stages.find((s) => s.stage === "stage2");
    expect(stage2?.timescaleWorkingDays).toBe(25);
    expect(north.map((c) => c.status)).toEqual(["closed", "in_stage", "in_stage", "closed", "closed"]);
  });

  it("stores every clock the rules engine runs, with the regulation it comes from", async () => {
    const escalated = await db.prisma.case.findFirstOrThrow({
      where: { councilId: "demo-south", reference: "DS-2526-003" },
      include: { clocks: { orderBy: { startedOn: "asc" } } },
    });
    const stage2 = escalated.clocks.find((c) => c.clockId === "stage2");
    expect(stage2).toMatchObject({ workingDays: 25, stoppedOn: null, met: false });
    expect(stage2?.source).toMatch(/SI 2006\/1738/);
    expect(escalated.clocks.map((c) => c.clockId)).toContain("acknowledgement");
    // The worklist date is the earliest open clock's due date.
    expect(escalated.nextDueOn?.toISOString().slice(0, 10)).toBe("2026-03-16");
  });

  it("leaves existing councils untouched when run again", async () => {
    const again = await seedDemo(db.prisma);
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual(["demo-north", "demo-south"]);
    expect(await db.prisma.case.count()).toBe(10);
  });
});

describe("parseCouncilDefinition", () => {
  it("names the field and the rule when a local label maps to a value that is not canonical", () => {
    const bad = structuredClone(DEMO_COUNCILS[0]);
    const outcomes = bad?.vocabularies.find((v) => v.kind === "outcome");
    if (!outcomes?.entries[0]) throw new Error("demo council lacks an outcome vocabulary");
    outcomes.entries[0].canonical = "sort_of_upheld";
    expect(() => parseCouncilDefinition(bad)).toThrow(/vocabularies\.1\.entries\.0\.canonical: "sort_of_upheld" is not a canonical outcome value/);
  });

  it("refuses a council id that is not lower-case letters, digits and hyphens", () => {
    expect(() => parseCouncilDefinition({ ...DEMO_COUNCILS[0], id: "Demo North" })).toThrow(/^invalid council definition:\n {2}id: /);
  });
});
