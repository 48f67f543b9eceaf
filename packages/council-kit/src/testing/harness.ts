import { financialYear, type CaseFacts, type IsoDate } from "@csc/rules";
import type { CouncilAdapter } from "../adapter/council-schema";
import { CaseMappingError, toCaseFacts } from "../facts/to-case-facts";
import { importedCaseSchema, type ImportedCase } from "../imported-case";
import { dimensionRows } from "../layout/dimension-rows";
import { compareWithPublished, isListedException, type Mismatch } from "../published/compare";
import type { PublishedFigures } from "../published/published-figures";
import { buildReport } from "../report/build-report";
import { resolveLabel } from "../report/labels";
import type { Report } from "../report/report";

/**
 * Tests one council plugin alone, with no database: its fixture export through its importer, the rules
 * engine's lifecycle and the report layout, compared with the figures it published. The conformance suite is
 * built on this; a plugin's own tests can use it too.
 */
export interface HarnessOptions {
  /** "Today" for clocks still running; default: the later of the last published year's end and the fixture's last event. */
  readonly asOf?: IsoDate;
}

export interface FactsResult {
  readonly facts: CaseFacts[];
  readonly errors: CaseMappingError[];
}

export interface PluginHarness {
  readonly adapter: CouncilAdapter;
  /** The fixture through the importer, each record checked against ImportedCase. */
  importFixture(): Promise<ImportedCase[]>;
  published(): Promise<PublishedFigures[]>;
  /** Every imported case mapped and derived; cases that fail are listed in `errors`, not thrown. */
  factsWithErrors(): Promise<FactsResult>;
  /** The report for the financial year starting in `year`, from the fixture's facts. */
  report(year: number): Promise<Report>;
  /**
   * Published cells that name a table, row or column the layout does not have for that year. Listed exceptions
   * are skipped: a cell the adapter does not reproduce needs no placeholder row or column in the layout.
   */
  structureProblems(): Promise<string[]>;
  /** Cell-by-cell mismatches between the report and the published figures for `year` (exceptions skipped). */
  compare(year: number): Promise<Mismatch[]>;
}

function latestEventDate(cases: readonly ImportedCase[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const c of cases) for (const e of c.events) if (latest === null || e.on > latest) latest = e.on;
  return latest;
}

export function createPluginHarness(adapter: CouncilAdapter, options: HarnessOptions = {}): PluginHarness {
  let imported: Promise<ImportedCase[]> | undefined;
  let published: Promise<PublishedFigures[]> | undefined;
  let facts: Promise<FactsResult> | undefined;

  const importFixture = (): Promise<ImportedCase[]> => {
    imported ??= adapter.fixtures().then((text) =>
      adapter.importer.parse(text).map((input, i) => {
        const parsed = importedCaseSchema.safeParse(input);
        if (!parsed.success) {
          const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
          throw new Error(`record ${i + 1} of the fixture (${String(input.externalId)}) is not an ImportedCase: ${detail}`);
        }
        return parsed.data;
      }),
    );
    return imported;
  };
  const loadPublished = (): Promise<PublishedFigures[]> => (published ??= adapter.published());

  const factsWithErrors = (): Promise<FactsResult> => {
    facts ??= Promise.all([importFixture(), loadPublished()]).then(([cases, years]) => {
      const lastYear = Math.max(...years.map((y) => y.year));
      const candidates = [options.asOf, Number.isFinite(lastYear) ? financialYear(lastYear).end : null, latestEventDate(cases)];
      const asOf =
        options.asOf ??
        candidates
          .filter((d): d is string => typeof d === "string")
          .sort()
          .at(-1) ??
        "2099-12-31";
      const result: FactsResult = { facts: [], errors: [] };
      for (const c of cases) {
        try {
          result.facts.push(toCaseFacts(adapter, c, { asOf }));
        } catch (error) {
          if (error instanceof CaseMappingError) result.errors.push(error);
          else throw error;
        }
      }
      return result;
    });
    return facts;
  };

  const report = async (year: number): Promise<Report> => buildReport(adapter, (await factsWithErrors()).facts, financialYear(year));

  const structureProblems = async (): Promise<string[]> => {
    const problems: string[] = [];
    const tables = new Map(adapter.report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
    for (const { year, figures } of await loadPublished()) {
      const period = financialYear(year);
      for (const f of figures) {
        if (isListedException(adapter.publishedExceptions, f, year)) continue;
        const where = `published/${year}.json ${f.section} (${f.table}) row "${f.row}", column "${f.column}"`;
        const table = tables.get(f.table);
        if (!table) {
          problems.push(`${where}: the layout has no table "${f.table}"`);
          continue;
        }
        const rows = [
          ...(table.rowsFrom ? dimensionRows(adapter.vocabularies, table.rowsFrom, period).map((r) => r.label) : []),
          ...table.rows.map((r) => resolveLabel(r.label, period)),
        ];
        if (!rows.includes(f.row)) problems.push(`${where}: the table has no row "${f.row}" (rows: ${rows.join(" | ")})`);
        const columns = table.columns.map((c) => resolveLabel(c.label, period));
        if (!columns.includes(f.column)) problems.push(`${where}: the table has no column "${f.column}" (columns: ${columns.join(" | ")})`);
      }
    }
    return problems;
  };

  const compare = async (year: number): Promise<Mismatch[]> => {
    const years = await loadPublished();
    const figures = years.filter((y) => y.year === year).flatMap((y) => y.figures);
    return compareWithPublished(await report(year), figures, { exceptions: adapter.publishedExceptions, year });
  };

  return { adapter, importFixture, published: loadPublished, factsWithErrors, report, structureProblems, compare };
}
