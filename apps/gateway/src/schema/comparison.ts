import { builder } from "../builder";
import { unauthenticated } from "../errors/gateway-error";
import { analyticsOf } from "../reports/analytics-engine";
import {
  COMPARISON_METRICS,
  type ComparedCouncil,
  type ComparedFigure,
  type CouncilComparison,
} from "../reports/comparison";
import { MissingReasonEnum } from "./missing-reason";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";

/**
 * `compareCouncils`: every council side by side on canonical measures, for analysts of any council and the
 * platform administrator. Every figure goes through the disclosure policy (reports/disclosure.ts): counts 1–4
 * and percentages or rates resting on 1–4 cases come back as null with suppressed: true and the reason in missing.
 */
const ComparisonMetricEnum = builder.enumType("ComparisonMetric", { values: COMPARISON_METRICS });
const scopes = { readAggregates: true, platformAdmin: true };

const ComparedFigureType = builder.objectRef<ComparedFigure>("ComparedFigure").implement({
  authScopes: scopes,
  fields: (t) => ({
    metric: t.field({ type: ComparisonMetricEnum, resolve: (f) => f.metric }),
    key: t.string({ nullable: true, description: "The reason theme, for reason_themes", resolve: (f) => f.key }),
    value: t.float({ nullable: true, description: "The figure; null when missing (see missing)", resolve: (f) => f.value }),
    base: t.int({ nullable: true, description: "What the value rests on; null when suppressed", resolve: (f) => (f.suppressed ? null : f.base) }),
    suppressed: t.exposeBoolean("suppressed", { description: "Withheld by the platform's disclosure policy" }),
    missing: t.field({ type: MissingReasonEnum, nullable: true, description: "Why value is null", resolve: (f) => f.missing }),
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
    nullable: true,
    description: "Councils side by side on canonical measures; small counts suppressed. Null with an error when it fails, without nulling other fields",
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
