import type { CellValue, Report, ReportSection, ReportTable } from "@csc/council-kit";
import { councilRegistry } from "@csc/registry";
import { builder } from "../builder";
import { notFound } from "../errors/gateway-error";
import { analyticsOf } from "../reports/analytics-engine";
import { councilScope } from "../services/council-scope";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";

/**
 * `report`: the viewer's council's annual (or quarterly, or any period's) report as data — the same tables as
 * the CLI and the golden tests, computed from the stored case facts. Counts and percentages only.
 */
const ReportCell = builder.objectRef<{ value: CellValue }>("ReportCell").implement({
  description: "One cell: a number, a text (e.g. \"12%\" as the council prints it), or neither (empty)",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    // A non-finite number (a ratio over an empty base in a short period) has no JSON form: shown as empty.
    number: t.float({ nullable: true, resolve: ({ value }) => (typeof value === "number" && Number.isFinite(value) ? value : null) }),
    text: t.string({ nullable: true, resolve: ({ value }) => (typeof value === "string" ? value : null) }),
  }),
});

const ReportRow = builder.objectRef<ReportTable["rows"][number]>("ReportRow").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    label: t.exposeString("label"),
    cells: t.field({ type: [ReportCell], resolve: (row) => row.cells.map((value) => ({ value })) }),
  }),
});

const ReportTableType = builder.objectRef<ReportTable>("ReportTable").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    id: t.exposeString("id"),
    title: t.exposeString("title"),
    source: t.string({ nullable: true, resolve: (table) => table.source ?? null }),
    columns: t.exposeStringList("columns"),
    rows: t.field({ type: [ReportRow], resolve: (table) => table.rows }),
  }),
});

const ReportNarrative = builder.objectRef<{ id: string; prompt: string }>("ReportNarrative").implement({
  description: "A placeholder for text the council writes itself",
  authScopes: { readAggregates: true },
  fields: (t) => ({ id: t.exposeString("id"), prompt: t.exposeString("prompt") }),
});

const ReportSectionType = builder.objectRef<ReportSection>("ReportSection").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    id: t.exposeString("id"),
    title: t.exposeString("title"),
    narrative: t.field({ type: [ReportNarrative], resolve: (s) => s.narrative ?? [] }),
    tables: t.field({ type: [ReportTableType], resolve: (s) => s.tables }),
  }),
});

const ReportType = builder.objectRef<Report>("Report").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    council: t.exposeString("council"),
    title: t.string({ nullable: true, resolve: (r) => r.title ?? null }),
    period: t.field({ type: PeriodType, resolve: (r) => r.period }),
    sections: t.field({ type: [ReportSectionType], resolve: (r) => r.sections }),
  }),
});

builder.queryField("report", (t) =>
  t.field({
    type: ReportType,
    nullable: true,
    description:
      "Your council's report in its own layout for a financial year (2021 = 2021/22), one of its quarters, or a date range. Null with an error when it fails, without nulling other fields",
    authScopes: { readAggregates: true },
    args: {
      financialYear: t.arg.int({ required: false, description: "The financial year starting in April of this year" }),
      quarter: t.arg.int({ required: false, description: "A quarter (1–4) of the financial year" }),
      period: t.arg({ type: ReportPeriodInput, required: false, description: "Any period (instead of financialYear)" }),
    },
    resolve: (_root, args, context) => {
      const { councilId } = councilScope(context);
      const period = periodOf(args);
      // A council with no adapter in the registry has no report layout (e.g. one created by the administrator).
      if (!councilRegistry.has(councilId)) throw notFound("Your council's report layout (no council adapter is registered for it)");
      return analyticsOf(context).report(councilId, period);
    },
  }),
);
