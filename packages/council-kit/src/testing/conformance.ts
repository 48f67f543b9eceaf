import { describe, expect, it } from "vitest";
import { parseMeasureSpec } from "@csc/rules";
import type { CouncilAdapter } from "../adapter/council-schema";
import { validateCouncil } from "../adapter/define-council";
import { checkLayout } from "../adapter/layout-checks";
import { isContextRef, operandsOf, type CellSpec } from "../layout/cell-spec";
import { createPluginHarness, type HarnessOptions } from "./harness";

export interface ConformanceOptions extends HarnessOptions {
  /** Per-test timeout in milliseconds for the fixture-wide tests (default 120 000). */
  readonly timeout?: number;
}

function measuresOf(cell: CellSpec): unknown[] {
  return operandsOf(cell).flatMap((operand) => (isContextRef(operand) ? [] : [operand.measure]));
}

/**
 * Registers the tests every council adapter runs (call it at the top level of a test file):
 * defineCouncil accepts it; every local code in its fixture maps; every layout table names known measures and
 * dimensions; the importer parses the fixture; every case derives without lifecycle errors; published figures
 * name only tables, rows and columns of the layout; and, for each published year, the report built from the
 * imported fixture equals the published figures cell by cell (except the adapter's listed exceptions).
 */
export function runConformanceSuite(adapter: CouncilAdapter, options: ConformanceOptions = {}): void {
  const timeout = options.timeout ?? 120_000;
  const harness = createPluginHarness(adapter, options);

  describe(`council adapter "${adapter.id}" conformance`, () => {
    it("defineCouncil accepts it", () => {
      expect(validateCouncil(adapter).problems).toEqual([]);
    });

    it("every layout table names known measures and dimensions", () => {
      expect(checkLayout(adapter.report, adapter.vocabularies)).toEqual([]);
      const bad: string[] = [];
      for (const section of adapter.report.sections) {
        for (const table of section.tables) {
          const cells = [...table.columns.flatMap((c) => (c.cell ? [c.cell] : [])), ...table.rows.flatMap((r) => r.cells)];
          for (const measure of cells.flatMap(measuresOf)) {
            try {
              parseMeasureSpec(measure);
            } catch (error) {
              bad.push(`${table.id}: ${(error as Error).message}`);
            }
          }
        }
      }
      expect(bad).toEqual([]);
    });

    it(
      "the importer parses the fixture without error",
      async () => {
        const cases = await harness.importFixture();
        expect(cases.length).toBeGreaterThan(0);
        const ids = cases.map((c) => c.externalId);
        expect(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          "duplicate case references in the fixture",
        ).toEqual([]);
      },
      timeout,
    );

    it(
      "every local code in the fixture maps to a canonical value",
      async () => {
        const { errors } = await harness.factsWithErrors();
        expect(errors.filter((e) => e.problem !== "lifecycle").map((e) => e.message)).toEqual([]);
      },
      timeout,
    );

    it(
      "the fixture's cases all derive without lifecycle errors",
      async () => {
        const { errors } = await harness.factsWithErrors();
        expect(errors.filter((e) => e.problem === "lifecycle").map((e) => e.message)).toEqual([]);
      },
      timeout,
    );

    it(
      "published figures name only tables, rows and columns that exist in the layout",
      async () => {
        const years = await harness.published();
        expect(years.length, "the adapter publishes no figures to compare with").toBeGreaterThan(0);
        expect(await harness.structureProblems()).toEqual([]);
      },
      timeout,
    );

    it(
      "every listed exception names a published figure and gives its reason",
      async () => {
        const years = await harness.published();
        const stale = adapter.publishedExceptions.filter(
          (e) =>
            !years.some(
              (y) =>
                (e.year === undefined || e.year === y.year) && y.figures.some((f) => f.table === e.table && f.row === e.row && f.column === e.column),
            ),
        );
        expect(stale).toEqual([]);
      },
      timeout,
    );

    it(
      "golden: the report built from the fixture reproduces every published figure, cell by cell",
      async () => {
        const years = await harness.published();
        const mismatches: string[] = [];
        for (const { year } of years) {
          for (const m of await harness.compare(year)) mismatches.push(`${year}: ${m.message}`);
        }
        expect(mismatches).toEqual([]);
      },
      timeout,
    );
  });
}
