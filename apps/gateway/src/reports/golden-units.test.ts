import { buildReport, compareWithPublished, type CouncilAdapter } from "@csc/council-kit";
import { withCouncil } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { listCouncils, loadCouncil } from "@csc/registry";
import { financialYear, type MeasureResult } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { loadCaseFacts } from "./load-case-facts";
import { fillRecordsTables } from "./records-tables";
import { reportMeasuresFromUnits } from "./report-measures";
import { reportSpan } from "./report-span";

/**
 * The golden reports through the SQL path: every registered council's fixture imported into a real PostgreSQL
 * (its counted units stored with its cases), every measure its report counts taken from the units by
 * reportMeasuresFromUnits (what generateReport runs), checked equal to computeMeasure's over the loaded facts, and
 * the report built from those results compared cell by cell with the figures the council published. Every measure
 * is counted at the database: snapshot metrics, withinWorkingDays and custom bands included.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
  for (const id of listCouncils()) await importCouncilFixture(db.prisma, id);
}, 300_000);

afterAll(async () => {
  await db?.stop();
});

describe.each(listCouncils())("council %s counted at the database", (id) => {
  it("gives every measure computeMeasure gives, and the published figures", { timeout: 300_000 }, async () => {
    const adapter: CouncilAdapter = await loadCouncil(id);
    let fromUnits = 0;
    for (const { year, figures } of await adapter.published()) {
      const period = financialYear(year);
      const facts = await loadCaseFacts(db.prisma, id, reportSpan(adapter, period));
      const reference = new Map<string, MeasureResult>();
      buildReport(adapter, facts, period, { results: reference });
      const measured = await withCouncil(db.prisma, id, (tx) => reportMeasuresFromUnits(tx, id, adapter, period));
      expect([...measured.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, expected] of reference) expect(measured.get(key), key).toEqual(expected);
      fromUnits += measured.size;
      const report = await fillRecordsTables(db.prisma, id, period, buildReport(adapter, [], period, { results: measured }));
      const mismatches = compareWithPublished(report, figures, { exceptions: adapter.publishedExceptions, year });
      expect(mismatches.map((m) => m.message)).toEqual([]);
    }
    expect(fromUnits).toBeGreaterThan(0);
  });
});
