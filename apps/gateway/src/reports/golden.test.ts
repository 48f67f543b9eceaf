import { compareWithPublished, type CouncilAdapter } from "@csc/council-kit";
import { createPluginHarness } from "@csc/council-kit/testing";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { listCouncils, loadCouncil } from "@csc/registry";
import { financialYear } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture, type ImportSummary } from "../import/import-fixture";
import { loadCaseFacts } from "./load-case-facts";
import { reportSpan } from "./report-span";
import { councilReport } from "./report-service";

/**
 * Golden tests through the database: every registered council's fixture is imported into a real PostgreSQL,
 * its report generated from the stored columns by the same code as the GraphQL `report` query, and compared
 * cell by cell with the figures it published (the adapter's listed exceptions skipped).
 */
let db: TestDatabase;
const adapters = new Map<string, CouncilAdapter>();
const summaries = new Map<string, ImportSummary>();

beforeAll(async () => {
  db = await startTestDatabase();
  for (const id of listCouncils()) {
    const adapter = await loadCouncil(id);
    adapters.set(id, adapter);
    summaries.set(id, await importCouncilFixture(db.prisma, id));
  }
}, 300_000);

afterAll(async () => {
  await db?.stop();
});

describe.each(listCouncils())("council %s through PostgreSQL", (id) => {
  it("imports every fixture record as a case", async () => {
    const summary = summaries.get(id);
    const harness = createPluginHarness(adapters.get(id) as CouncilAdapter);
    const { facts, errors } = await harness.factsWithErrors();
    expect(summary?.skipped.map((s) => s.externalId)).toEqual(errors.map((e) => e.externalId));
    expect(summary?.imported).toBe(facts.length);
    expect(await db.prisma.case.count({ where: { councilId: id } })).toBe(facts.length);
  });

  it("rebuilds from the stored columns exactly the facts the importer derived", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const { facts } = await createPluginHarness(adapter).factsWithErrors();
    const stored = await loadCaseFacts(db.prisma, id, { start: "1900-01-01", end: "2999-12-31" });
    const byReference = new Map((await db.prisma.case.findMany({ where: { councilId: id }, select: { id: true, reference: true } })).map((r) => [r.id, r.reference]));
    const normalise = (list: typeof facts) =>
      list.map((f) => ({ ...f, id: byReference.get(f.id) ?? f.id })).sort((a, b) => a.id.localeCompare(b.id));
    expect(normalise(stored)).toEqual(normalise(facts).map((f) => ({ ...f })));
  });

  it("reproduces every published figure (but the adapter's listed exceptions) from the database", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const years = await adapter.published();
    expect(years.length).toBeGreaterThan(0);
    for (const { year, figures } of years) {
      const report = await councilReport(db.prisma, id, financialYear(year));
      expect(report.council).toBe(id);
      expect(report.period).toEqual(financialYear(year));
      const mismatches = compareWithPublished(report, figures, { exceptions: adapter.publishedExceptions, year });
      expect(mismatches.map((m) => m.message)).toEqual([]);
    }
  });

  it("loads only the span of years the layout compares", async () => {
    const adapter = adapters.get(id) as CouncilAdapter;
    const year = Math.max(...(await adapter.published()).map((p) => p.year));
    const span = reportSpan(adapter, financialYear(year));
    expect(span.end).toBe(financialYear(year).end);
    expect(span.start <= financialYear(year).start).toBe(true);
  });
});
