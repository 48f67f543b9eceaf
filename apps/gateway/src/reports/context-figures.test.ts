import { contextFigure, type CouncilAdapter } from "@csc/council-kit";
import { loadCouncil } from "@csc/registry";
import { computeMeasure, financialYear } from "@csc/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureCouncilFromAdapter } from "../import/council-from-adapter";
import { importCouncilFixture } from "../import/import-fixture";
import { startHarness, type Harness } from "../testing/harness";
import { compareCouncils, compareFigures, COMPARISON_METRICS, type ComparisonOptions } from "./comparison";
import { loadCaseFacts } from "./load-case-facts";

/**
 * Context figures the council's adapter supplies (Gloucestershire 2018/19 report, para 14) are stored when the
 * council is imported, and the comparison's complaints per 1,000 contacts divides by them.
 */
let h: Harness;
let adapter: CouncilAdapter;

beforeAll(async () => {
  h = await startHarness();
  adapter = await loadCouncil("gloucestershire");
  await importCouncilFixture(h.db.prisma, "gloucestershire", { adapter });
}, 240_000);

afterAll(async () => {
  await h?.stop();
});

describe("context figures from the adapter", () => {
  it("stores each year's supplied figures in context_figure", async () => {
    const rows = await h.db.prisma.contextFigure.findMany({
      where: { councilId: "gloucestershire" },
      orderBy: [{ financialYear: "asc" }, { measure: "asc" }],
    });
    const stored = (year: number, measure: string) => rows.find((r) => r.financialYear === year && r.measure === measure)?.value;
    expect(adapter.contextFigures.map((y) => y.year)).toEqual([2017, 2018]);
    for (const year of [2017, 2018]) {
      expect(stored(year, "contacts")).toBe(contextFigure(adapter.contextFigures, "contacts", year));
      expect(stored(year, "children_in_care")).toBe(contextFigure(adapter.contextFigures, "childrenInCare", year));
      expect(stored(year, "child_protection_plans")).toBe(contextFigure(adapter.contextFigures, "childProtectionPlans", year));
      expect(stored(year, "children_in_need")).toBe(contextFigure(adapter.contextFigures, "childrenInNeed", year));
      expect(stored(year, "assessments")).toBe(contextFigure(adapter.contextFigures, "assessments", year));
    }
    // assessmentsWithin45WorkingDays has no context_measure: it is not stored (5 measures per year).
    expect(rows).toHaveLength(10);
  });

  it("compareCouncils gives Gloucestershire 2018 complaints per 1,000 contacts from the stored facts and the adapter's contacts", async () => {
    const period = financialYear(2018);
    const facts = await loadCaseFacts(h.db.prisma, "gloucestershire", period);
    const complaints = facts.filter((f) => f.kind === "complaint" && f.receivedOn >= period.start && f.receivedOn <= period.end).length;
    const contacts = contextFigure(adapter.contextFigures, "contacts", 2018);
    expect(complaints).toBeGreaterThanOrEqual(5);
    expect(contacts).toBeGreaterThan(0);

    const comparison = await compareCouncils(h.db.prisma, ["complaints_per_1000_contacts"], period, ["gloucestershire"]);
    const [council] = comparison.councils;
    expect(council?.councilId).toBe("gloucestershire");
    const figure = council?.figures.find((f) => f.metric === "complaints_per_1000_contacts");
    expect(figure).toMatchObject({ suppressed: false, base: complaints });
    expect(figure?.value).not.toBeNull();
    expect(figure?.value).toBeCloseTo((complaints / contacts!) * 1000, 10);
    // Para 15: complaints were "less than 1%" of contacts.
    expect(figure!.value!).toBeLessThan(10);
  });

  it("compareCouncils (from the rollup, and from the units) gives computeMeasure's figures over the same facts, on every basis and stage", async () => {
    const period = financialYear(2018);
    const facts = await loadCaseFacts(h.db.prisma, "gloucestershire", period);
    const rows = await h.db.prisma.contextFigure.findMany({ where: { councilId: "gloucestershire", financialYear: 2018 } });
    const of = (measure: string) => {
      const row = rows.find((r) => r.measure === measure);
      return row ? { value: row.value, source: row.source } : null;
    };
    const context = { contacts: of("contacts"), children: of("children_aged_0_17") };
    const variants: ComparisonOptions[] = [{}, { basis: "completed" }, { stage: "stage2" }, { basis: "completed", stage: "stage3" }];
    for (const options of variants) {
      const comparison = await compareCouncils(h.db.prisma, COMPARISON_METRICS, period, ["gloucestershire"], options);
      const reference = await compareFigures((spec) => Promise.resolve(computeMeasure(facts, spec, period)), COMPARISON_METRICS, context, options);
      expect(reference.some((f) => f.value !== null && f.value > 0)).toBe(true);
      expect(comparison.councils[0]?.figures, JSON.stringify(options)).toEqual(reference);
      // Every comparison metric is answered by the rollup's sums and the context figures in one platform
      // transaction (compare_rollup, compare_context_figures): no council transaction.
      expect(comparison.countedFrom).toBe("rollup");
      // A period not of whole months falls back to each council's counted units, with the same figures.
      const days = { start: period.start, end: "2019-03-30" };
      const fromUnits = await compareCouncils(h.db.prisma, COMPARISON_METRICS, days, ["gloucestershire"], options);
      const unitsReference = await compareFigures((spec) => Promise.resolve(computeMeasure(facts, spec, days)), COMPARISON_METRICS, context, options);
      expect(fromUnits.countedFrom).toBe("units");
      expect(fromUnits.councils[0]?.figures, JSON.stringify(options)).toEqual(unitsReference);
    }
  });

  it("an existing council gets the figures it lacks, and keeps the ones already stored", async () => {
    const key = (financialYear: number) => ({
      councilId_financialYear_measure: { councilId: "gloucestershire", financialYear, measure: "contacts" as const },
    });
    await h.db.prisma.contextFigure.update({ where: key(2017), data: { value: 20_000 } });
    await h.db.prisma.contextFigure.delete({ where: key(2018) });
    const { created } = await h.db.prisma.$transaction((tx) => ensureCouncilFromAdapter(tx, adapter));
    expect(created).toBe(false);
    expect((await h.db.prisma.contextFigure.findUnique({ where: key(2017) }))?.value).toBe(20_000);
    expect((await h.db.prisma.contextFigure.findUnique({ where: key(2018) }))?.value).toBe(contextFigure(adapter.contextFigures, "contacts", 2018));
  });
});
