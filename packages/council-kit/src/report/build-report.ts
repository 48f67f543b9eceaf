import { computeMeasure, financialYearStartOf, type CaseFacts, type MeasureResult, type MeasureSpec, type Period } from "@csc/rules";
import type { CouncilAdapter } from "../adapter/council-schema";
import { contextFigure, type ContextFiguresYear } from "../context/context-figures";
import { isSuppliedCell, type CellSpec, type ContextRef, type SuppliedCell } from "../layout/cell-spec";
import { suppliedFigure, type SuppliedFigure } from "../supplied/supplied-figures";
import { dimensionRows } from "../layout/dimension-rows";
import { RECORDS_TABLE_COLUMNS, RECORDS_TABLE_ROW_HEADING, type TableLayout } from "../layout/report-layout";
import { cellFormat } from "./cell-format";
import { cellPeriod } from "./cell-period";
import { cellValue, type CellInputs, type Evaluate } from "./cell-value";
import { resolveLabel } from "./labels";
import { factsTouching } from "./period-facts";
import type { CellValue, Report, ReportSection, ReportTable } from "./report";

/**
 * Builds a council's report for a period from case facts: every figure is computed by the rules' measures;
 * the layout only chooses, labels and formats them. Pure: the same facts, layout and period give the same report.
 */
export interface BuildReportOptions {
  /** Overrides the layout's title. */
  readonly title?: string;
  /** Context figures to use instead of the adapter's own `contextFigures` (e.g. ones a council keeps up to date elsewhere). */
  readonly contextFigures?: readonly ContextFiguresYear[];
  /** Supplied figures to use instead of the adapter's own `suppliedFigures` (e.g. the adapter's with the ones entered in the app). */
  readonly suppliedFigures?: readonly SuppliedFigure[];
  /**
   * The report's measure results by measureKey: results given here (e.g. counted at the database) are used instead
   * of computing them over `facts`, and every result the report computes is added (so a first build lists them).
   */
  readonly results?: Map<string, MeasureResult>;
}

/** The key of a measure (as counted, with the council's Stage 2 setting applied) over a period in `results`. */
export function measureKey(spec: MeasureSpec, period: Period): string {
  return JSON.stringify([spec, { start: period.start, end: period.end }]);
}

/**
 * What a report needs of a council: its id, vocabularies (rowsFrom rows and their labels), procedure settings
 * (what Stage 2 counts from), layout, and context and supplied figures. A council adapter is one; so is a council
 * created in the app, whose layout is stored data (the gateway builds it).
 */
export type ReportAdapter = Pick<CouncilAdapter, "id" | "vocabularies" | "procedures" | "report" | "contextFigures" | "suppliedFigures">;

interface Caches {
  readonly results: Map<string, MeasureResult>;
  readonly byPeriod: Map<string, CaseFacts[]>;
}

/** What Stage 2 is counted from for the council (its procedure setting); a measure that names its own keeps it. */
type Stage2From = MeasureSpec["stage2From"];

function withStage2From(measure: MeasureSpec, stage2From: Stage2From): MeasureSpec {
  return stage2From === undefined || measure.stage2From !== undefined ? measure : { ...measure, stage2From };
}

function evaluator(
  facts: readonly CaseFacts[],
  period: Period,
  rowDimension: string | undefined,
  { results: cache, byPeriod }: Caches,
  stage2From?: Stage2From,
): Evaluate {
  return (ref, rowKey) => {
    const p = cellPeriod(period, ref.yearOffset, ref.quarter);
    const spec = withStage2From(ref.measure as MeasureSpec, stage2From);
    const cacheKey = measureKey(spec, p);
    let result = cache.get(cacheKey);
    if (!result) {
      const periodKey = `${p.start}/${p.end}`;
      let touching = byPeriod.get(periodKey);
      if (!touching) {
        touching = factsTouching(facts, p);
        byPeriod.set(periodKey, touching);
      }
      result = computeMeasure(touching, spec, p);
      cache.set(cacheKey, result);
    }
    const byRow = rowKey !== undefined && rowDimension !== undefined && ref.measure.groupBy?.[0] === rowDimension;
    const pick = byRow ? [rowKey, ...(ref.pick ?? [])] : ref.pick;
    if (!pick) return result.total;
    const group = result.groups.find((g) => g.key.length === pick.length && g.key.every((k, i) => k === pick[i]));
    return group ? group.value : undefined;
  };
}

/** Nothing, zero, or text that reads as zero ("0%"). */
const isEmpty = (v: CellValue): boolean => v === null || v === 0 || v === "" || (typeof v === "string" && Number.parseFloat(v) === 0);

/** A cell's figure for ranking: numbers, and text that reads as one ("12%"); anything else is none. */
function rankFigure(v: CellValue | undefined): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number.parseFloat(v) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** The `count` rows with the largest positive figure in column `by`, largest first; ties keep their order. */
export function topRows<R extends { cells: readonly CellValue[] }>(rows: readonly R[], by: number, count: number): R[] {
  return rows
    .map((row, order) => ({ row, order, figure: rankFigure(row.cells[by]) }))
    .filter((r): r is { row: R; order: number; figure: number } => r.figure !== null && r.figure > 0)
    .sort((a, b) => b.figure - a.figure || a.order - b.order)
    .slice(0, count)
    .map((r) => r.row);
}

interface TableInputs {
  readonly facts: readonly CaseFacts[];
  readonly period: Period;
  readonly adapter: ReportAdapter;
  readonly cache: Caches;
  readonly context: (ref: ContextRef) => number | undefined;
  readonly supplied: (cell: SuppliedCell) => SuppliedFigure | undefined;
}

function buildTable(table: TableLayout, { facts, period, adapter, cache, context, supplied }: TableInputs): ReportTable {
  const childLabels = (dimension: string, parent: string): string[] =>
    dimensionRows(adapter.vocabularies, { dimension, parent, hideEmpty: false }, period).map((row) => row.label);
  const inputs = (evaluate: Evaluate): CellInputs => ({
    evaluate,
    context,
    rounding: adapter.report.rounding,
    supplied: (cell) => supplied(cell)?.value,
    childLabels,
  });
  const columns = table.columns.map((c) => resolveLabel(c.label, period));
  const sources: NonNullable<ReportTable["supplied"]> = [];
  const note = (spec: CellSpec | undefined, row: string, index: number): void => {
    const figure = spec && isSuppliedCell(spec) ? supplied(spec) : undefined;
    if (figure) sources.push({ row, column: columns[index] ?? "", source: figure.source });
  };
  const rows: ReportTable["rows"] = [];
  const formats: NonNullable<ReportTable["formats"]> = [];
  const columnFormats = table.columns.map((column) => cellFormat(column.cell, adapter.report.rounding));
  if (table.rowsFrom) {
    const rowInputs = inputs(evaluator(facts, period, table.rowsFrom.dimension, cache, adapter.procedures.stage2CountedFrom));
    const generated = dimensionRows(adapter.vocabularies, table.rowsFrom, period)
      .map((row) => ({ label: row.label, cells: table.columns.map((column) => (column.cell ? cellValue(column.cell, rowInputs, row.key) : null)) }))
      .filter((row) => !(table.rowsFrom?.hideEmpty && row.cells.every(isEmpty)));
    const top = table.rowsFrom.top;
    for (const row of top ? topRows(generated, columns.indexOf(resolveLabel(top.by, period)), top.count) : generated) {
      table.columns.forEach((column, i) => note(column.cell, row.label, i));
      rows.push(row);
      formats.push(columnFormats);
    }
  }
  const fixedInputs = inputs(evaluator(facts, period, undefined, cache, adapter.procedures.stage2CountedFrom));
  for (const row of table.rows) {
    const label = resolveLabel(row.label, period);
    row.cells.forEach((cell, i) => note(cell, label, i));
    rows.push({ label, cells: row.cells.map((cell) => cellValue(cell, fixedInputs)) });
    formats.push(row.cells.map((cell) => cellFormat(cell, adapter.report.rounding)));
  }
  return {
    id: table.id,
    title: resolveLabel(table.title, period),
    source: table.source,
    columns,
    rows,
    ...(sources.length ? { supplied: sources } : {}),
    formats,
  };
}

export function buildReport(adapter: ReportAdapter, facts: readonly CaseFacts[], period: Period, options: BuildReportOptions = {}): Report {
  const cache: Caches = { results: options.results ?? new Map(), byPeriod: new Map() };
  const contextFigures = options.contextFigures ?? adapter.contextFigures;
  const year = financialYearStartOf(period.start);
  const context = (ref: ContextRef): number | undefined => contextFigure(contextFigures, ref.context, year + ref.yearOffset);
  const figures = options.suppliedFigures ?? adapter.suppliedFigures;
  const supplied = (cell: SuppliedCell): SuppliedFigure | undefined => suppliedFigure(figures, cell.supplied, year + cell.yearOffset);
  const tableInputs = { facts, period, adapter, cache, context, supplied };
  const label = (text: string): string => resolveLabel(text, period);
  const columnsOf = new Map(adapter.report.sections.flatMap((s) => s.tables).map((t) => [t.id, t.columns.map((c) => label(c.label))]));
  const sections: ReportSection[] = adapter.report.sections.map((section) => ({
    id: section.id,
    title: label(section.title),
    narrative: section.narrative.map((n) => ({ id: n.id, prompt: n.prompt })),
    tables: [
      ...section.tables.map((table) => buildTable(table, tableInputs)),
      // Records tables are empty here (pure: no records); the platform fills their rows for the report's year.
      ...section.records.map((r) => ({
        id: r.id,
        title: label(r.title),
        source: r.source,
        records: r.kind,
        columns: (r.columns ?? RECORDS_TABLE_COLUMNS[r.kind]).map(label),
        rowHeading: label(r.rowHeading ?? RECORDS_TABLE_ROW_HEADING[r.kind]),
        rows: [],
      })),
    ],
    charts: section.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      table: chart.table,
      ...(chart.title !== undefined ? { title: label(chart.title) } : {}),
      columns: chart.columns?.map(label) ?? columnsOf.get(chart.table) ?? [],
      ...(chart.excludeRows !== undefined ? { excludeRows: chart.excludeRows.map(label) } : {}),
      ...(chart.alt !== undefined ? { alt: chart.alt } : {}),
    })),
  }));
  const title = options.title ?? (adapter.report.title !== undefined ? label(adapter.report.title) : undefined);
  const { contents, abbreviations } = adapter.report;
  return {
    council: adapter.id,
    ...(title !== undefined ? { title } : {}),
    ...(contents ? { contents: { title: label(contents.title) } } : {}),
    ...(abbreviations
      ? {
          abbreviations: { title: label(abbreviations.title), columns: abbreviations.columns, entries: abbreviations.entries.map((e) => ({ ...e })) },
        }
      : {}),
    period: { start: period.start, end: period.end },
    sections,
  };
}
