import { METRIC_NAMES, METRICS, type Metric } from "@csc/rules";
import { roleAllows } from "../auth/roles";
import { builder } from "../builder";
import { analyticsOf } from "../reports/analytics-engine";
import { statisticsCsv } from "../reports/export-csv";
import { statisticsXlsx } from "../reports/export-xlsx";
import { localLabels } from "../reports/local-labels";
import { queryLists, statisticsSpec, type CoveredStatistics, type StatisticsGroup } from "../reports/statistics";
import { councilScope } from "../services/council-scope";
import { StageEnum } from "./enums";
import { codedValues } from "./enum-values";
import { MissingReasonEnum } from "./missing-reason";
import { RecordCoverageType } from "./record-coverage";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";

/**
 * `statistics`: any measure of the rules' catalogue over the viewer's council's case facts, grouped by up to two
 * dimensions (stage, outcome, reasonTheme, reason, team, channel, complainantRelationship, month, quarter, any
 * canonical or local dimension or "local:<key>") and filtered by dimension values. Counts only, no case.
 */
export const MetricEnum = builder.enumType("Metric", {
  description: "A measure of the rules' catalogue (@csc/rules METRICS); the metrics query gives each one's unit, aggregation and bases",
  values: codedValues(
    Object.fromEntries(METRIC_NAMES.map((m) => [m, { description: METRICS[m].description }])) as Record<Metric, { description: string }>,
  ),
});
export const BasisEnum = builder.enumType("Basis", {
  description: "Which date puts a unit in the period",
  values: codedValues({
    received: { description: "Received (or started) in the period" },
    completed: { description: "Completed (responded to, closed or decided) in the period" },
  }),
});

const DimensionFilterInput = builder.inputType("DimensionFilterInput", {
  description: "Keep only the units whose dimension takes one of these values",
  fields: (t) => ({
    dimension: t.string({ required: true, description: "A dimension (e.g. team, outcome; the dimensions query lists them) or local:<key>" }),
    values: t.stringList({
      required: true,
      description: "Values to keep; each must be one the dimension takes (BAD_USER_INPUT naming it otherwise)",
    }),
  }),
});

/** A group with the council's words for its key's codes (reports/local-labels.ts). */
type LabelledGroup = StatisticsGroup & { labels: Array<string | null> };

const StatisticsGroupType = builder.objectRef<LabelledGroup>("StatisticsGroup").implement({
  description: "The figure for one combination of the groupBy dimensions' values",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    key: t.exposeStringList("key", { description: "The group's value of each groupBy dimension, in order" }),
    labels: t.field({
      type: ["String"],
      nullable: { list: false, items: true },
      description:
        "The council's words for each key, in order: a local code's label (its vocabulary, a team's name, an equality answer's label); null where the key is its own words (a canonical or time value) or the code has no label",
      resolve: (g) => g.labels,
    }),
    value: t.float({ nullable: true, description: "The figure; null when missing (see missing)", resolve: (g) => g.value }),
    base: t.int({ nullable: true, description: "The count the value rests on; null when withheld", resolve: (g) => (g.suppressed ? null : g.base) }),
    suppressed: t.exposeBoolean("suppressed", { description: "Withheld by the platform's disclosure policy" }),
    missing: t.field({ type: MissingReasonEnum, nullable: true, description: "Why value is null", resolve: (g) => g.missing }),
  }),
});

const StatisticsType = builder.objectRef<CoveredStatistics>("Statistics").implement({
  description: "A metric measured over a period, overall and by group",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    metric: t.field({ type: MetricEnum, description: "The metric measured", resolve: (s) => s.metric }),
    basis: t.expose("basis", { type: BasisEnum, nullable: true, description: "The basis used; null for snapshot metrics" }),
    period: t.field({ type: PeriodType, description: "The period measured", resolve: (s) => s.period }),
    groupBy: t.exposeStringList("groupBy", { description: "The dimensions grouped by" }),
    value: t.float({ nullable: true, description: "Over every unit that passes the filter, each once; null when missing", resolve: (s) => s.value }),
    base: t.int({ nullable: true, description: "The count the value rests on; null when withheld", resolve: (s) => (s.suppressed ? null : s.base) }),
    suppressed: t.exposeBoolean("suppressed", { description: "The overall value is withheld by the platform's disclosure policy" }),
    missing: t.field({ type: MissingReasonEnum, nullable: true, description: "Why value is null", resolve: (s) => s.missing }),
    groups: t.field({
      type: [StatisticsGroupType],
      description: "One figure per combination of the groupBy values",
      resolve: async (s, _args, context) => {
        const labels = await localLabels(context.root, councilScope(context).councilId, s.groupBy);
        return s.groups.map((g) => ({ ...g, labels: g.key.map((code, i) => labels[i]?.get(code) ?? null) }));
      },
    }),
    coverage: t.field({
      type: RecordCoverageType,
      nullable: true,
      description:
        "The days your council's cases were received on, first and last (null: no case yet); outside them a figure that counted nothing is null with missing NO_RECORDS",
      resolve: (s) => s.coverage,
    }),
    csv: t.string({
      description:
        "The result as a CSV file (UTF-8 with a byte-order mark, CRLF; the Total line then one per group; a dimension of the council's own codes has a <dimension>_label column with the council's word for each; a missing value or withheld base is [x] with its reason in the missing column)",
      resolve: async (s, _args, context) => statisticsCsv(s, await localLabels(context.root, councilScope(context).councilId, s.groupBy)),
    }),
    xlsx: t.string({
      description:
        "The result as an Excel workbook, base64-encoded: one sheet, a header row, the Total row then one per group, a <dimension>_label column after each dimension of the council's own codes, numbers as numbers, [x] for a missing value or withheld base with its reason in the missing column",
      resolve: async (s, _args, context) => statisticsXlsx(s, await localLabels(context.root, councilScope(context).councilId, s.groupBy)),
    }),
  }),
});

builder.queryField("statistics", (t) =>
  t.field({
    type: StatisticsType,
    nullable: true,
    description:
      "A measure over your council's cases, grouped and filtered by dimensions (aggregates only; small numbers withheld for anyone who may not read the cases). Null with an error when it fails, without nulling other fields",
    authScopes: { readAggregates: true },
    args: {
      metric: t.arg({ type: MetricEnum, required: true, description: "What to measure" }),
      stage: t.arg({ type: StageEnum, required: false, description: "Only this stage's units" }),
      groupBy: t.arg.stringList({ required: false, description: "Up to two dimensions (the dimensions query lists them) or local:<key>" }),
      filter: t.arg({ type: [DimensionFilterInput], required: false, description: "Keep only these dimension values" }),
      basis: t.arg({ type: BasisEnum, required: false, description: "Received or completed (default: the metric's first basis)" }),
      withinWorkingDays: t.arg.int({ required: false, description: "For timeliness metrics: within this many working days" }),
      financialYear: t.arg.int({ required: false, description: "The financial year starting in April of this year" }),
      quarter: t.arg.int({ required: false, description: "A quarter (1–4) of the financial year" }),
      period: t.arg({ type: ReportPeriodInput, required: false, description: "Any period (instead of financialYear)" }),
    },
    resolve: async (_root, args, context) => {
      const { councilId } = councilScope(context);
      const period = periodOf(args);
      const query = { ...args, metric: args.metric as Metric };
      statisticsSpec(query, await queryLists(councilId, query)); // bad input is refused here, before any work is queued
      const disclosure = context.viewer && roleAllows(context.viewer.roles, "readCases") ? "exact" : "suppressed";
      return analyticsOf(context).statistics(councilId, query, period, disclosure);
    },
  }),
);
