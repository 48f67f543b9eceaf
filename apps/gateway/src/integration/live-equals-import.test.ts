import { withCouncil } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { applyEvent, deriveCase, type CaseEventInput, type LifecycleContext } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture, type ImportSummary } from "../import/import-fixture";
import { eventsFromRows } from "../services/case-history";
import { EVENT_TEXT_FIELDS } from "../services/event-text";
import { loadRulesContext } from "../services/rules-context";
import { storeDerivedState } from "../services/store-derived-state";
import { derivedSnapshot } from "../testing/derived-snapshot";

/**
 * The differential test of issue 8: every fixture case of the five councils is imported, then replayed event by
 * event through the code the case mutations run (applyEvent in the council's rules context, as recordCaseEvent
 * does, then storeDerivedState), and the stored rows must equal what the importer stored, column by column:
 * the case, its stages, clocks, point outcomes, LGSCO referrals and remedies, and its review panel.
 */
const COUNCILS = ["gloucestershire", "worcestershire", "northamptonshire", "hartlepool", "somerset"] as const;

let db: TestDatabase;
const summaries = new Map<string, ImportSummary>();

const snapshot = (councilId: string) => derivedSnapshot(db.prisma, councilId);

/** Replays each case's events one by one as the mutations do, then stores what the last one derived. */
async function replayLive(councilId: string, rulesAsOf: string): Promise<number> {
  let events = 0;
  await withCouncil(
    db.prisma,
    councilId,
    async (tx) => {
      const council: LifecycleContext = await loadRulesContext(tx, councilId, rulesAsOf);
      // Wipe what the importer derived, so every compared value is one the live path wrote itself (a stage keeps
      // only its outcome and the council's recorded word for it, which the live path keeps while the outcome is the same).
      const epoch = new Date("1900-01-01T00:00:00Z");
      await tx.caseStage.updateMany({
        where: { councilId },
        data: {
          startedOn: epoch,
          dueOn: epoch,
          timescaleWorkingDays: 1,
          respondedOn: null,
          workingDaysTaken: null,
          daysPaused: 0,
          extended: false,
          met: null,
          band: null,
          lateRequest: false,
        },
      });
      await tx.caseClock.deleteMany({ where: { councilId } });
      await tx.pointOutcome.deleteMany({ where: { councilId } });
      await tx.reviewPanel.deleteMany({ where: { councilId } });
      await tx.case.updateMany({
        where: { councilId },
        data: {
          currentStage: null,
          status: "received",
          acknowledgementDueOn: null,
          acknowledgedOn: null,
          acknowledgementMet: null,
          notConsideredOn: null,
          suspended: false,
          nextDueOn: null,
          withdrawnOn: null,
          closedOn: null,
          flags: [],
          derivedOn: null,
        },
      });
      const rows = await tx.case.findMany({ where: { councilId }, select: { councilId: true, id: true, kind: true, version: true } });
      const stored = await tx.caseEvent.findMany({ where: { councilId }, orderBy: [{ caseId: "asc" }, { seq: "asc" }] });
      const byCase = new Map<string, typeof stored>();
      for (const e of stored) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
      for (const row of rows) {
        const rules: LifecycleContext = { ...council, kind: row.kind };
        const all = eventsFromRows(byCase.get(row.id) ?? []);
        const [received, ...rest] = all as [CaseEventInput, ...CaseEventInput[]];
        // recordFeedback derives the received event alone; each later event is one mutation (recordCaseEvent).
        let so_far: CaseEventInput[] = [received];
        let derived = deriveCase(so_far, rules);
        for (const event of rest) {
          derived = applyEvent(so_far, event, rules);
          so_far = [...so_far, event];
        }
        events += all.length;
        await storeDerivedState(tx, row, derived);
      }
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  return events;
}

beforeAll(async () => {
  db = await startTestDatabase();
  for (const id of COUNCILS) summaries.set(id, await importCouncilFixture(db.prisma, id));
}, 600_000);
afterAll(async () => db?.stop());

describe("a case replayed through the live mutations is stored exactly as the importer stores it", () => {
  for (const id of COUNCILS) {
    it(`${id}: every fixture case, column by column`, async () => {
      const summary = summaries.get(id);
      expect(summary?.skipped).toEqual([]);
      const imported = await snapshot(id);
      expect(imported.cases.length).toBe(summary?.imported);
      const started = performance.now();
      const events = await replayLive(id, summary?.asOf as string);
      const live = await snapshot(id);
      console.log(`${id}: ${imported.cases.length} cases, ${events} events replayed in ${Math.round(performance.now() - started)} ms`);
      expect(events).toBeGreaterThan(imported.cases.length);
      for (const [table, rows] of Object.entries(imported)) {
        const other = live[table as keyof typeof live];
        expect(other.length, `${id} ${table}: row count`).toBe(rows.length);
        rows.forEach((row, i) => expect(other[i], `${id} ${table} row ${i}`).toEqual(row));
      }
    }, 600_000);
  }
});

describe("imported histories that reached a review panel (Stage 3) have its row, as the live path keeps it", () => {
  it("stores a review_panel row for each imported case that reached Stage 3, with the Stage 3 clocks' due dates", async () => {
    const reached = await db.prisma.$queryRaw<{ cases: number; panels: number; dated: number }[]>`
      SELECT count(DISTINCT s.case_id)::int AS cases, count(DISTINCT p.case_id)::int AS panels,
             count(DISTINCT p.case_id) FILTER (WHERE p.meeting_due_on IS NOT NULL)::int AS dated
        FROM case_stage s LEFT JOIN review_panel p ON p.council_id = s.council_id AND p.case_id = s.case_id
       WHERE s.stage = 'stage3'`;
    expect(reached[0]?.cases).toBeGreaterThan(0);
    expect(reached[0]?.panels).toBe(reached[0]?.cases);
    expect(reached[0]?.dated).toBeGreaterThan(0);
  });
});

describe("imported free text is held apart as the live path holds it (issue 9 finding 11)", () => {
  it("no imported event keeps a reason or detail in the append-only log; each is in case_narrative, referenced", async () => {
    // (not_considered's `reason` is the ground's code, a fact; its free text is `detail`.)
    for (const [type, fields] of Object.entries(EVENT_TEXT_FIELDS)) {
      const inLog = await db.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM case_event WHERE type = ${type} AND jsonb_exists_any(payload, ${[...fields]}::text[])`;
      expect(inLog[0]?.n, `${type} events with ${fields.join(", ")} in the log`).toBe(0);
    }
    const referenced = await db.prisma.$queryRaw<{ refs: number; found: number }[]>`
      SELECT count(*)::int AS refs, count(n.id)::int AS found
        FROM case_event e
        CROSS JOIN LATERAL jsonb_each_text(e.payload -> 'textRefs') r
        LEFT JOIN case_narrative n ON n.council_id = e.council_id AND n.id = r.value::uuid AND n.case_id = e.case_id
       WHERE e.actor_role = 'import'`;
    // The fixtures carry about 1,167 such texts; every reference finds its narrative row.
    expect(referenced[0]?.refs).toBeGreaterThan(1000);
    expect(referenced[0]?.found).toBe(referenced[0]?.refs);
  });
});
