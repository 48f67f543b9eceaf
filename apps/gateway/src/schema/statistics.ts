import { METRIC_NAMES, type Metric } from "@csc/rules";
import { builder } from "../builder";
import { analyticsOf } from "../reports/analytics-engine";
import { statisticsSpec, type StatisticsGroup, type StatisticsResult } from "../reports/statistics";
import { councilScope } from "../services/council-scope";
import { StageEnum } from "./enums";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";

/**
 * `statistics`: any measure of the rules' catalogue over the viewer's council's case facts, grouped by up to two
 * dimensions (stage, outcome, reasonTheme, reason, team, channel, complainantRelationship, month, quarter, any
 * canonical or local dimension or "local:<key>") and filtered by dimension values. Counts only, no case.
 */
const MetricEnum = builder.enumType("Metric", { values: METRIC_NAMES });
const BasisEnum = builder.enumType("Basis", { values: ["received", "completed"] as const });

const DimensionFilterInput = builder.inputType("DimensionFilterInput", {
  fields: (t) => ({
    dimension: t.string({ required: true, description: "A dimension (e.g. team, outcome) or local:<key>" }),
    values: t.stringList({ required: true }),
  }),
});

const StatisticsGroupType = builder.objectRef<StatisticsGroup>("StatisticsGroup").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    key: t.exposeStringList("key"),
    value: t.float({ nullable: true, resolve: (g) => g.value }),
    base: t.exposeInt("base"),
    suppressed: t.exposeBoolean("suppressed"),
  }),
});

const StatisticsType = builder.objectRef<StatisticsResult>("Statistics").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    metric: t.field({ type: MetricEnum, resolve: (s) => s.metric }),
    basis: t.string({ nullable: true, resolve: (s) => s.basis }),
    period: t.field({ type: PeriodType, resolve: (s) => s.period }),
    groupBy: t.exposeStringList("groupBy"),
    value: t.float({ nullable: true, description: "Over every unit that passes the filter, each once", resolve: (s) => s.value }),
    base: t.exposeInt("base"),
    groups: t.field({ type: [StatisticsGroupType], resolve: (s) => s.groups }),
  }),
});

builder.queryField("statistics", (t) =>
  t.field({
    type: StatisticsType,
    description: "A measure over your council's cases, grouped and filtered by dimensions (aggregates only)",
    authScopes: { readAggregates: true },
    args: {
      metric: t.arg({ type: MetricEnum, required: true }),
      stage: t.arg({ type: StageEnum, required: false }),
      groupBy: t.arg.stringList({ required: false }),
      filter: t.arg({ type: [DimensionFilterInput], required: false }),
      basis: t.arg({ type: BasisEnum, required: false }),
      withinWorkingDays: t.arg.int({ required: false }),
      financialYear: t.arg.int({ required: false }),
      quarter: t.arg.int({ required: false }),
      period: t.arg({ type: ReportPeriodInput, required: false }),
    },
    resolve: (_root, args, context) => {
      const { councilId } = councilScope(context);
      const period = periodOf(args);
      const query = { ...args, metric: args.metric as Metric };
      statisticsSpec(query); // bad input is refused here, before any work is queued
      return analyticsOf(context).statistics(councilId, query, period);
    },
  }),
);
