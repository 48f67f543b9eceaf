import { buildReport, compareWithPublished, type CouncilAdapter } from "@csc/council-kit";
import { measureFromUnits, withCouncil } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { listCouncils, loadCouncil } from "@csc/registry";
import { financialYear, type MeasureResult, type MeasureSpec, parseMeasureSpec, type Period, unitsCanCount } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { loadCaseFacts } from "./load-case-facts";
import { fillRecordsTables } from "./records-tables";
import { reportSpan } from "./report-span";

/**
 * The golden reports through the SQL path: every registered council's fixture imported into a real PostgreSQL
 * (its counted units stored with its cases), every measure its report counts taken again from the units by
 * @csc/db measureFromUnits, checked equal to computeMeasure's, and the report built from those results compared
 * cell by cell with the figures the council published. Measures the units do not carry (snapshot metrics,
 * withinWorkingDays, custom bands) keep computeMeasure's result.
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
      const measured = new Map<string, MeasureResult>();
      for (const [key, expected] of reference) {
        const [spec, p] = JSON.parse(key) as [MeasureSpec, Period];
        if (!unitsCanCount(parseMeasureSpec(spec))) {
          measured.set(key, expected);
          continue;
        }
        const result = await withCouncil(db.prisma, id, (tx) => measureFromUnits(tx, [id], spec, p));
        expect(result, key).toEqual(expected);
        measured.set(key, result);
        fromUnits += 1;
      }
      const report = await fillRecordsTables(db.prisma, id, period, buildReport(adapter, [], period, { results: measured }));
      const mismatches = compareWithPublished(report, figures, { exceptions: adapter.publishedExceptions, year });
      expect(mismatches.map((m) => m.message)).toEqual([]);
    }
    expect(fromUnits).toBeGreaterThan(0);
  });
});
