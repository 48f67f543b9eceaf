import { CaseMappingError, importedCaseSchema, type CaseFactsCouncil, type ImportedCase } from "@csc/council-kit";
import { withCouncil } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { councilLoaders, loadCouncil } from "@csc/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRulesContext } from "../services/rules-context";
import { runsAdapterRules } from "./adapter-rules";
import { caseRows } from "./case-rows";
import { ensureCouncilFromAdapter } from "./council-from-adapter";

/**
 * A registered council still on the rules its adapter created it with derives each record once (case-rows.ts
 * mappedFacts): checked here to give exactly the rows and facts of the two derivations, on every fixture record of
 * every registered council.
 */
let db: TestDatabase;
const COUNCILS = Object.keys(councilLoaders);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A case's rows as JSON, its random ids (case, points, narratives, referrals) replaced. */
const comparable = (rows: unknown) => JSON.stringify(rows, (_, v: unknown) => (typeof v === "string" && UUID.test(v) ? "<id>" : v));

type Team = Parameters<typeof caseRows>[2];
type Rules = Parameters<typeof caseRows>[3];
/** The record's rows made comparable, or why it is refused. */
function attempt(adapter: CaseFactsCouncil, record: ImportedCase, team: Team, rules: Rules, adapterRules: boolean): string {
  try {
    return comparable(caseRows(adapter, record, team, rules, adapterRules));
  } catch (error) {
    if (!(error instanceof CaseMappingError)) throw error;
    return `refused: ${error.message}`;
  }
}

beforeAll(async () => {
  db = await startTestDatabase();
}, 120_000);
afterAll(async () => db?.stop());

describe("runsAdapterRules and one derivation a record", () => {
  it.each(COUNCILS)(
    "%s: every fixture record's rows and facts from one derivation equal those from two",
    async (id) => {
      const adapter = await loadCouncil(id);
      const records = adapter.importer.parse(await adapter.fixtures()).map((r) => importedCaseSchema.parse(r));
      // Created as the platform creates a registered council (as the database owner), then read in its own transaction.
      await db.prisma.$transaction((tx) => ensureCouncilFromAdapter(tx, adapter));
      const outcome = await withCouncil(db.prisma, id, async (tx) => {
        const { team } = await ensureCouncilFromAdapter(tx, adapter);
        const rules = await loadRulesContext(tx, id, "2026-03-31");
        const same = await runsAdapterRules(tx, adapter);
        let compared = 0;
        for (const record of records) {
          expect(attempt(adapter, record, team, rules, true)).toBe(attempt(adapter, record, team, rules, false));
          compared += 1;
        }
        return { same, compared };
      });
      expect(outcome).toEqual({ same: true, compared: records.length });
      expect(records.length).toBeGreaterThan(100);
    },
    120_000,
  );

  it("derives a record's facts in the adapter's settings when its procedure column names another procedure than the stored rules run it under", async () => {
    // Gloucestershire runs a corporate procedure too (CORP). A record whose decision names the children's statutory
    // procedure runs under it in the stored rules, while the adapter takes the procedure its column names first.
    const adapter = await loadCouncil("gloucestershire");
    const statutory = adapter.importer
      .parse(await adapter.fixtures())
      .map((r) => importedCaseSchema.parse(r))
      .filter((r) => r.events.some((e) => e.type === "procedure_decided") && r.events.some((e) => e.type === "response_sent"))
      .slice(0, 200);
    expect(statutory.length).toBeGreaterThan(20);
    await db.prisma.$transaction((tx) => ensureCouncilFromAdapter(tx, adapter));
    const outcome = await withCouncil(db.prisma, "gloucestershire", async (tx) => {
      const { team } = await ensureCouncilFromAdapter(tx, adapter);
      const rules = await loadRulesContext(tx, "gloucestershire", "2026-03-31");
      let refused = 0;
      for (const record of statutory) {
        const corporate = { ...record, procedure: "CORP" };
        const once = attempt(adapter, corporate, team, rules, true);
        expect(once).toBe(attempt(adapter, corporate, team, rules, false));
        if (once.startsWith("refused: ")) refused += 1;
      }
      return refused;
    });
    // The adapter refuses most of these (their decision names the children's statutory procedure, their column the
    // corporate one), as it did with two derivations; derived in the stored rules alone they would have been stored.
    expect(outcome).toBeGreaterThan(0);
  }, 120_000);

  it("is false once the council's stored settings or local closure days are not its adapter's", async () => {
    const adapter = await loadCouncil("hartlepool");
    await db.prisma.$transaction((tx) => ensureCouncilFromAdapter(tx, adapter));
    const check = () => withCouncil(db.prisma, "hartlepool", (tx) => runsAdapterRules(tx, adapter));
    expect(await check()).toBe(true);
    const { settings } = await db.prisma.council.findUniqueOrThrow({ where: { id: "hartlepool" }, select: { settings: true } });
    await db.prisma.council.update({ where: { id: "hartlepool" }, data: { settings: { ...(settings as object), stage1WorkingDays: 15 } } });
    expect(await check()).toBe(false);
    await db.prisma.council.update({ where: { id: "hartlepool" }, data: { settings: settings as object } });
    expect(await check()).toBe(true);
    await db.prisma.localClosureDay.create({ data: { councilId: "hartlepool", day: new Date("2025-12-29T00:00:00Z"), label: "Christmas closure" } });
    expect(await check()).toBe(false);
  });
});
