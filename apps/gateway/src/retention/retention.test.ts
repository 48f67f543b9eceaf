import { compareWithPublished, type CouncilAdapter } from "@csc/council-kit";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { loadCouncil } from "@csc/registry";
import { financialYear, type IsoDate } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { renderJson } from "../reports/render/json";
import { councilReport } from "../reports/report-service";
import { planRetention, runRetention } from "./retention";
import { addYears } from "./retention-policy";

/**
 * Retention on a real PostgreSQL holding a registered council's fixture export (its golden report): personal data
 * added to a case closed seven years before "today" is erased, audited, and the council's report is unchanged.
 */
const COUNCIL = "hartlepool";
let db: TestDatabase;
let adapter: CouncilAdapter;
let year: number;
let today: IsoDate;
let old: { id: string; closedOn: Date };
let held: { id: string };
let recent: { id: string };
let reportBefore: string;

const iso = (d: Date) => d.toISOString().slice(0, 10) as IsoDate;

async function addPersonalData(caseId: string) {
  const p = db.prisma;
  await p.casePerson.create({
    data: {
      councilId: COUNCIL,
      caseId,
      role: "complainant",
      name: "Sam Parent",
      email: "sam@example.test",
      phone: "01234 000000",
      address: "1 Street",
    },
  });
  await p.casePerson.create({ data: { councilId: COUNCIL, caseId, role: "child", name: "Robin Child", dateOfBirth: new Date("2010-03-01") } });
  await p.caseNarrative.create({ data: { councilId: COUNCIL, caseId, kind: "summary", text: "What happened to Robin" } });
  await p.caseNarrative.create({ data: { councilId: COUNCIL, caseId, kind: "note", text: "Called Sam back" } });
  await p.caseContact.create({
    data: {
      councilId: COUNCIL,
      caseId,
      kind: "call",
      direction: "incoming",
      occurredOn: new Date("2019-01-02"),
      withWhom: "Sam Parent",
      summary: "Asked for an update",
    },
  });
  await p.caseDocument.create({
    data: {
      councilId: COUNCIL,
      caseId,
      fileName: "letter.txt",
      mediaType: "text/plain",
      sizeBytes: 5,
      sha256: "0".repeat(64),
      content: Buffer.from("hello"),
    },
  });
}

const personalRows = async (caseId: string) => {
  const where = { councilId: COUNCIL, caseId };
  return {
    people: await db.prisma.casePerson.count({ where }),
    narratives: await db.prisma.caseNarrative.count({ where }),
    contacts: await db.prisma.caseContact.count({ where }),
    documents: await db.prisma.caseDocument.count({ where }),
  };
};

beforeAll(async () => {
  db = await startTestDatabase();
  adapter = await loadCouncil(COUNCIL);
  await importCouncilFixture(db.prisma, COUNCIL);
  year = Math.max(...(await adapter.published()).map((p) => p.year));
  const closed = await db.prisma.case.findMany({
    where: { councilId: COUNCIL, closedOn: { not: null } },
    select: { id: true, closedOn: true },
    orderBy: [{ closedOn: "asc" }, { id: "asc" }],
  });
  expect(closed.length).toBeGreaterThan(3);
  const first = closed[0] as { id: string; closedOn: Date };
  old = first;
  held = closed[1] as { id: string };
  // "Today" is seven years after the first case closed; the latest closed case is within six years of it.
  today = addYears(iso(first.closedOn), 7);
  const latest = closed.at(-1) as { id: string; closedOn: Date };
  expect(iso(latest.closedOn) > addYears(today, -6)).toBe(true);
  recent = latest;
  for (const c of [old, held, recent]) await addPersonalData(c.id);
  await db.prisma.caseLegalHold.create({ data: { councilId: COUNCIL, caseId: held.id } });
  reportBefore = renderJson(await councilReport(db.prisma, COUNCIL, financialYear(year)));
}, 240_000);

afterAll(async () => db?.stop());

describe("retention of personal data after closure", () => {
  it("the dry run lists what would go, marks the legal hold, and changes nothing", async () => {
    const plan = await planRetention(db.prisma, COUNCIL, today);
    const byId = new Map(plan.map((c) => [c.caseId, c]));
    expect(byId.get(old.id)).toMatchObject({
      rule: "years_after_closure",
      onLegalHold: false,
      counts: { people: 2, narratives: 2, contacts: 1, documents: 1 },
    });
    expect(byId.get(old.id)?.retainUntil).toBe(addYears(iso(old.closedOn), 6));
    expect(byId.get(held.id)?.onLegalHold).toBe(true);
    expect(byId.has(recent.id)).toBe(false);
    expect(await personalRows(old.id)).toEqual({ people: 2, narratives: 2, contacts: 1, documents: 1 });
  });

  it("erases the personal data of the case closed seven years ago, writes the audit entry, keeps the facts", async () => {
    const factsBefore = await db.prisma.case.findUniqueOrThrow({
      where: { councilId_id: { councilId: COUNCIL, id: old.id } },
      include: { stages: true, clocks: true, points: true, teams: true },
    });
    const run = await runRetention(db.prisma, COUNCIL, today);
    // The case closed seven years ago goes; so does any other imported case closed over six years before "today"
    // whose events' reasons are held apart as personal data (case_narrative); never the held or the recent case.
    const erased = run.erased.map((c) => c.caseId);
    expect(erased).toContain(old.id);
    expect(erased).not.toContain(held.id);
    expect(erased).not.toContain(recent.id);
    const closedOn = await db.prisma.case.findMany({ where: { councilId: COUNCIL, id: { in: erased } }, select: { closedOn: true } });
    for (const c of closedOn) expect(c.closedOn && iso(c.closedOn) < addYears(today, -6)).toBe(true);
    expect(run.held.map((c) => c.caseId)).toEqual([held.id]);
    expect(await personalRows(old.id)).toEqual({ people: 0, narratives: 0, contacts: 0, documents: 0 });
    expect(await personalRows(held.id)).toEqual({ people: 2, narratives: 2, contacts: 1, documents: 1 });
    expect(await personalRows(recent.id)).toEqual({ people: 2, narratives: 2, contacts: 1, documents: 1 });
    const audits = await db.prisma.auditLog.findMany({ where: { councilId: COUNCIL, action: "retention.erase" } });
    expect(audits).toHaveLength(erased.length);
    const audit = audits.filter((a) => a.caseId === old.id);
    expect(audit[0]).toMatchObject({
      caseId: old.id,
      actorRole: "system",
      detail: { people: 2, narratives: 2, contacts: 1, documents: 1, rule: "years_after_closure" },
    });
    expect(JSON.stringify(audit[0]?.detail)).not.toMatch(/Sam|Robin|example\.test/);
    const factsAfter = await db.prisma.case.findUniqueOrThrow({
      where: { councilId_id: { councilId: COUNCIL, id: old.id } },
      include: { stages: true, clocks: true, points: true, teams: true },
    });
    expect(factsAfter).toEqual(factsBefore);
    expect(await db.prisma.caseErasure.count({ where: { councilId: COUNCIL, caseId: old.id } })).toBe(1);
  });

  it("leaves the council's report exactly as it was and still matching its published figures", async () => {
    const report = await councilReport(db.prisma, COUNCIL, financialYear(year));
    expect(renderJson(report)).toBe(reportBefore);
    const figures = (await adapter.published()).find((p) => p.year === year)?.figures;
    expect(figures).toBeDefined();
    if (figures) expect(compareWithPublished(report, figures, { exceptions: adapter.publishedExceptions, year }).map((m) => m.message)).toEqual([]);
  });

  it("runs once: a second run erases nothing; releasing the legal hold lets the held case go", async () => {
    expect((await runRetention(db.prisma, COUNCIL, today)).erased).toEqual([]);
    await db.prisma.caseLegalHold.update({ where: { councilId_caseId: { councilId: COUNCIL, caseId: held.id } }, data: { releasedAt: new Date() } });
    const run = await runRetention(db.prisma, COUNCIL, today);
    expect(run.erased.map((c) => c.caseId)).toEqual([held.id]);
    expect(await personalRows(held.id)).toEqual({ people: 0, narratives: 0, contacts: 0, documents: 0 });
  });
});
