import { builder } from "../builder";
import { unauthenticated } from "../errors/gateway-error";
import { analyticsOf } from "../reports/analytics-engine";
import {
  COMPARISON_METRICS,
  type ComparedCouncil,
  type ComparedFigure,
  type CouncilComparison,
} from "../reports/comparison";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";

/**
 * `compareCouncils`: every council side by side on canonical measures, for analysts of any council and the
 * platform administrator. Small counts are suppressed (reports/suppression.ts): counts 1–4 and percentages or
 * rates over a base of 1–4 come back as null with suppressed: true.
 */
const ComparisonMetricEnum = builder.enumType("ComparisonMetric", { values: COMPARISON_METRICS });
const scopes = { readAggregates: true, platformAdmin: true };

const ComparedFigureType = builder.objectRef<ComparedFigure>("ComparedFigure").implement({
  authScopes: scopes,
  fields: (t) => ({
    metric: t.field({ type: ComparisonMetricEnum, resolve: (f) => f.metric }),
    key: t.string({ nullable: true, description: "The reason theme, for reason_themes", resolve: (f) => f.key }),
    value: t.float({ nullable: true, resolve: (f) => f.value }),
    base: t.int({ nullable: true, description: "What the value rests on; null when suppressed", resolve: (f) => (f.suppressed ? null : f.base) }),
    suppressed: t.exposeBoolean("suppressed"),
  }),
});

const ComparedCouncilType = builder.objectRef<ComparedCouncil>("ComparedCouncil").implement({
  authScopes: scopes,
  fields: (t) => ({
    councilId: t.exposeString("councilId"),
    name: t.exposeString("name"),
    figures: t.field({ type: [ComparedFigureType], resolve: (c) => c.figures }),
  }),
});

const CouncilComparisonType = builder.objectRef<CouncilComparison>("CouncilComparison").implement({
  authScopes: scopes,
  fields: (t) => ({
    period: t.field({ type: PeriodType, resolve: (c) => c.period }),
    councils: t.field({ type: [ComparedCouncilType], resolve: (c) => c.councils }),
  }),
});

builder.queryField("compareCouncils", (t) =>
  t.field({
    type: CouncilComparisonType,
    description: "Councils side by side on canonical measures; small counts suppressed",
    authScopes: scopes,
    args: {
      metrics: t.arg({ type: [ComparisonMetricEnum], required: false }),
      councils: t.arg.stringList({ required: false, description: "Only these council ids (default: every active council)" }),
      financialYear: t.arg.int({ required: false }),
      quarter: t.arg.int({ required: false }),
      period: t.arg({ type: ReportPeriodInput, required: false }),
    },
    resolve: (_root, args, context) => {
      if (!context.viewer) throw unauthenticated();
      const period = periodOf(args);
      return analyticsOf(context).compare(args.metrics ?? [...COMPARISON_METRICS], period, args.councils ?? undefined);
    },
  }),
);
