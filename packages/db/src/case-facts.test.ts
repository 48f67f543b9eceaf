import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_FACTS_INCLUDE, toCaseFacts } from "./case-facts";
import { seedDemo } from "./seed/seed";
import { startTestDatabase, type TestDatabase } from "./testing";
import { withCouncil } from "./with-council";

let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  await seedDemo(db.prisma);
  await db.prisma.lgscoReferral.create({
    data: {
      councilId: "demo-south",
      caseId: (await db.prisma.case.findFirstOrThrow({ where: { councilId: "demo-south", reference: "DS-2526-001" } })).id,
      referredOn: new Date("2026-03-02"),
      decidedOn: new Date("2026-03-20"),
      decision: "premature",
      localDecision: "PREMATURE",
    },
  });
});

afterAll(async () => {
  await db?.stop();
});

describe("toCaseFacts", () => {
  it("rebuilds a case's CaseFacts from rows alone, without reading its events", async () => {
    const row = await withCouncil(db.prisma, "demo-north", (tx) =>
      tx.case.findFirstOrThrow({ where: { reference: "DN-2526-001" }, include: CASE_FACTS_INCLUDE }),
    );
    const facts = toCaseFacts(row);
    expect(facts).toMatchObject({
      councilId: "demo-north",
      kind: "complaint",
      procedure: "childrens_statutory",
      receivedOn: "2026-01-05",
      channel: "via_advocate",
      localChannel: "ADV",
      complainantRelationship: "child_or_young_person",
      madeByChild: true,
      advocacy: { offered: true, taken: true, provider: "Independent advocacy service" },
      teams: [{ code: "CICT", serviceArea: "children_in_care" }],
      reasons: [
        { category: "COMMS", reason: "COMMS-NORESP", theme: "communication" },
        { category: "DEC", reason: "DEC-PLAN", theme: "decision_making" },
      ],
      acknowledgement: { dueOn: "2026-01-08", acknowledgedOn: "2026-01-07", met: true },
      notConsidered: null,
      closedOn: "2026-02-16",
      equalities: { gender: "not_given", ethnicity: "not_given", disability: "not_given", ageBand: "13-15" },
      lgsco: [],
    });
    expect(facts.stages).toEqual([
      {
        stage: "stage1",
        startedOn: "2026-01-05",
        timescaleWorkingDays: 10,
        dueOn: "2026-01-19",
        respondedOn: "2026-01-16",
        workingDaysTaken: 9,
        daysPaused: 0,
        extended: false,
        met: true,
        outcome: "partially_upheld",
        localOutcome: "PARTLY",
        lateRequest: false,
      },
    ]);
  });

  it("carries LGSCO referrals and an open, overdue Stage 2", async () => {
    const rows = await withCouncil(db.prisma, "demo-south", (tx) => tx.case.findMany({ include: CASE_FACTS_INCLUDE, orderBy: { reference: "asc" } }));
    const facts = rows.map(toCaseFacts);
    expect(facts).toHaveLength(5);
    expect(facts[0]?.lgsco).toEqual([{ referredOn: "2026-03-02", decidedOn: "2026-03-20", decision: "premature", localDecision: "PREMATURE" }]);
    // Stage 2 ran from the agreed statement (9 February 2026) for 25 working days: overdue by 31 March.
    expect(facts[2]?.stages.map((s) => [s.stage, s.startedOn, s.dueOn, s.respondedOn, s.met])).toEqual([
      ["stage1", "2026-01-12", "2026-01-26", "2026-01-23", true],
      ["stage2", "2026-02-09", "2026-03-16", null, false],
    ]);
    expect(facts[3]).toMatchObject({ kind: "compliment", stages: [], localDimensions: { cause: "support" } });
  });
});
