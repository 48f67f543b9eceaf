import { suppliedLabel, type CellValue, type Report, type ReportSection, type ReportTable } from "@csc/council-kit";
import { builder } from "../builder";
import { analyticsOf } from "../reports/analytics-engine";
import { councilScope } from "../services/council-scope";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";

/**
 * `report`: the viewer's council's annual (or quarterly, or any period's) report as data — the same tables as
 * the CLI and the golden tests, computed from the stored case facts. Counts and percentages only.
 */
const ReportCell = builder.objectRef<{ value: CellValue }>("ReportCell").implement({
  description: 'One cell: a number, a text (e.g. "12%" as the council prints it), or neither (empty)',
  authScopes: { readAggregates: true },
  fields: (t) => ({
    // A non-finite number (a ratio over an empty base in a short period) has no JSON form: shown as empty.
    number: t.float({
      description: "The cell's number; null when it holds text or nothing",
      nullable: true,
      resolve: ({ value }) => (typeof value === "number" && Number.isFinite(value) ? value : null),
    }),
    text: t.string({
      description: "The cell's text; null when it holds a number or nothing",
      nullable: true,
      resolve: ({ value }) => (typeof value === "string" ? value : null),
    }),
  }),
});

const ReportRow = builder.objectRef<ReportTable["rows"][number]>("ReportRow").implement({
  description: "One row of a report table",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    label: t.exposeString("label", { description: "The row's label" }),
    cells: t.field({ description: "The row's cells, one per column", type: [ReportCell], resolve: (row) => row.cells.map((value) => ({ value })) }),
  }),
});

const ReportSuppliedCell = builder.objectRef<NonNullable<ReportTable["supplied"]>[number]>("ReportSuppliedCell").implement({
  description: 'A cell holding a figure the council took from elsewhere: every format prints "Supplied: <source>" beside it',
  authScopes: { readAggregates: true },
  fields: (t) => ({
    row: t.exposeString("row", { description: "The row's label" }),
    column: t.exposeString("column", { description: "The column's label" }),
    source: t.exposeString("source", { description: "Where the figure comes from" }),
    label: t.string({ description: 'What the report prints: "Supplied: <source>"', resolve: (s) => suppliedLabel(s.source) }),
  }),
});

const ReportTableType = builder.objectRef<ReportTable>("ReportTable").implement({
  description: "One table of a report section",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    id: t.exposeString("id", { description: "The table's id within the layout" }),
    title: t.exposeString("title", { description: "The table's title" }),
    source: t.string({
      nullable: true,
      description: "Internal: the seed section or paragraph the layout transcribes (never printed in a report)",
      resolve: (table) => table.source ?? null,
    }),
    supplied: t.field({
      type: [ReportSuppliedCell],
      description: "The cells holding figures taken from elsewhere (not computed from the records), with their sources",
      resolve: (table) => table.supplied ?? [],
    }),
    columns: t.exposeStringList("columns", { description: "The column headings" }),
    rows: t.field({ description: "The table's rows", type: [ReportRow], resolve: (table) => table.rows }),
  }),
});

const ReportNarrative = builder.objectRef<{ id: string; prompt: string }>("ReportNarrative").implement({
  description: "A placeholder for text the council writes itself",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    id: t.exposeString("id", { description: "The placeholder's id within the section" }),
    prompt: t.exposeString("prompt", { description: "What the council is asked to write" }),
  }),
});

const ReportSectionType = builder.objectRef<ReportSection>("ReportSection").implement({
  description: "One section of a report: its tables and the text the council writes",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    id: t.exposeString("id", { description: "The section's id within the layout" }),
    title: t.exposeString("title", { description: "The section's title" }),
    narrative: t.field({ description: "The placeholders for text the council writes", type: [ReportNarrative], resolve: (s) => s.narrative ?? [] }),
    text: t.string({
      nullable: true,
      description: "The text the council wrote for this section (the latest version), printed in place of the prompts",
      resolve: (s) => s.text ?? null,
    }),
    tables: t.field({ description: "The section's tables", type: [ReportTableType], resolve: (s) => s.tables }),
  }),
});

export const ReportType = builder.objectRef<Report>("Report").implement({
  description: "A council's annual or periodic complaints report, laid out as the council prints it",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    council: t.exposeString("council", { description: "The council's name" }),
    title: t.string({ description: "The report's title, if the layout gives one", nullable: true, resolve: (r) => r.title ?? null }),
    period: t.field({ description: "The period the report covers", type: PeriodType, resolve: (r) => r.period }),
    sections: t.field({ description: "The report's sections, in order", type: [ReportSectionType], resolve: (r) => r.sections }),
  }),
});

builder.queryField("report", (t) =>
  t.field({
    type: ReportType,
    nullable: true,
    description:
      "Your council's report in the layout in force (stored, else its packaged default, else the standard layout) for a financial year (2021 = 2021/22), one of its quarters, or a date range. Null with an error when it fails, without nulling other fields",
    authScopes: { readAggregates: true },
    args: {
      financialYear: t.arg.int({ required: false, description: "The financial year starting in April of this year" }),
      quarter: t.arg.int({ required: false, description: "A quarter (1–4) of the financial year" }),
      period: t.arg({ type: ReportPeriodInput, required: false, description: "Any period (instead of financialYear)" }),
    },
    resolve: (_root, args, context) => {
      const { councilId } = councilScope(context);
      const period = periodOf(args);
      return analyticsOf(context).report(councilId, period);
    },
  }),
);
