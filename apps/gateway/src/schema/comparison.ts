import { builder } from "../builder";
import { unauthenticated } from "../errors/gateway-error";
import { analyticsOf } from "../reports/analytics-engine";
import { comparisonCsv } from "../reports/export-csv";
import { comparisonXlsx } from "../reports/export-xlsx";
import { RecordCoverageType } from "./record-coverage";
import { COMPARISON_METRICS, type ComparisonMetric, type ComparedCouncil, type ComparedFigure, type CouncilComparison } from "../reports/comparison";
import { StageEnum } from "./enums";
import { MissingReasonEnum } from "./missing-reason";
import { periodOf, PeriodType, ReportPeriodInput } from "./report-period";
import { BasisEnum } from "./statistics";
import { codedValues } from "./enum-values";

/**
 * `compareCouncils`: every council side by side on canonical measures, for analysts of any council and the
 * platform administrator. Every figure goes through the disclosure policy (reports/disclosure.ts): counts 1–4
 * and percentages or rates resting on 1–4 cases come back as null with suppressed: true and the reason in missing.
 */
const METRIC_DESCRIPTIONS: Readonly<Record<ComparisonMetric, string>> = {
  stage1_within_10: "% of Stage 1 responses within 10 working days (SI 2006/1738 reg 14); Stage 1 whatever the stage argument",
  stage1_within_20: "% of Stage 1 responses within 20 working days (reg 14, the extended timescale); Stage 1 whatever the stage argument",
  within_timescale: "% of the stage's responses within its own, possibly extended, timescale (regs 14, 17 and 19, as the rules' clock has it)",
  upheld_share: "% of the stage's responses upheld or partially upheld",
  escalation_rate: "The next stage started in the period per 100 of the stage's responses (not applicable to Stage 3)",
  complaints_per_1000_contacts: "Complaints received per 1,000 contacts (the council's context figure for the financial year; received basis always)",
  complaints_per_10000_children:
    "Complaints received per 10,000 children aged 0–17 in the area (the council's context figure for the financial year, e.g. ONS mid-year estimates; received basis always); source says where the figure comes from",
  children_complaints_share:
    "% of complaints received that a child or young person made, directly or through an advocate (received basis always; base: complaints received)",
  advocacy_offered_share:
    "% of cases received where an advocate was offered (Children Act 1989 s.26A), of those where the offer is recorded (received basis always)",
  lgsco_referrals: "Referrals to the Local Government and Social Care Ombudsman made in the period (a count)",
  lgsco_upheld_share:
    "% of the Ombudsman's detailed investigations decided in the period that it upheld (upheld of upheld and not upheld, as the LGSCO publishes its uphold rate)",
  reason_themes: "Reasons for complaint by canonical theme, one figure per theme",
};
const ComparisonMetricEnum = builder.enumType("ComparisonMetric", {
  description: "A measure councils are compared on (reports/comparison.ts)",
  values: codedValues(
    Object.fromEntries(COMPARISON_METRICS.map((m) => [m, { description: METRIC_DESCRIPTIONS[m] }])) as Record<
      ComparisonMetric,
      { description: string }
    >,
  ),
});
const scopes = { readAggregates: true, platformAdmin: true, nationalAggregates: true };

const ComparedFigureType = builder.objectRef<ComparedFigure>("ComparedFigure").implement({
  description: "One figure of one council in a comparison",
  authScopes: scopes,
  fields: (t) => ({
    metric: t.field({ type: ComparisonMetricEnum, description: "The measure", resolve: (f) => f.metric }),
    key: t.string({ nullable: true, description: "The reason theme, for reason_themes", resolve: (f) => f.key }),
    source: t.string({
      nullable: true,
      description:
        'For a rate per context figure (contacts, children aged 0–17): the source the council gave for that figure, shown as "Supplied: <source>"; null otherwise',
      resolve: (f) => f.source ?? null,
    }),
    value: t.float({ nullable: true, description: "The figure; null when missing (see missing)", resolve: (f) => f.value }),
    base: t.int({ nullable: true, description: "What the value rests on; null when suppressed", resolve: (f) => (f.suppressed ? null : f.base) }),
    suppressed: t.exposeBoolean("suppressed", { description: "Withheld by the platform's disclosure policy" }),
    missing: t.field({ type: MissingReasonEnum, nullable: true, description: "Why value is null", resolve: (f) => f.missing }),
  }),
});

const ComparedCouncilType = builder.objectRef<ComparedCouncil>("ComparedCouncil").implement({
  description: "One council in a comparison with its figures",
  authScopes: scopes,
  fields: (t) => ({
    councilId: t.exposeString("councilId", { description: "The council's id" }),
    name: t.exposeString("name", { description: "The council's name" }),
    figures: t.field({
      description: "The council's figures, one per measure (and per theme for reason_themes)",
      type: [ComparedFigureType],
      resolve: (c) => c.figures,
    }),
    coverage: t.field({
      type: RecordCoverageType,
      nullable: true,
      description:
        "The days the council's cases were received on, first and last (null: no case); outside them a figure that counted nothing is null with missing NO_RECORDS",
      resolve: (c) => c.coverage ?? null,
    }),
  }),
});

const CouncilComparisonType = builder.objectRef<CouncilComparison>("CouncilComparison").implement({
  description: "Councils compared on the same measures, period and basis",
  authScopes: scopes,
  fields: (t) => ({
    period: t.field({ type: PeriodType, description: "The period compared", resolve: (c) => c.period }),
    basis: t.field({ type: BasisEnum, description: "The basis the figures are on", resolve: (c) => c.basis }),
    stage: t.field({ type: StageEnum, description: "The stage within_timescale, upheld_share and escalation_rate rest on", resolve: (c) => c.stage }),
    councils: t.field({ type: [ComparedCouncilType], description: "Each council with its figures", resolve: (c) => c.councils }),
    csv: t.string({
      description:
        'The comparison as a CSV file (UTF-8 with a byte-order mark, CRLF; one line per council and figure; a missing value or withheld base is [x] with its reason in the missing column; a rate per context figure has "Supplied: <source>" in the note column)',
      resolve: (c) => comparisonCsv(c),
    }),
    xlsx: t.string({
      description:
        "The comparison as an Excel workbook, base64-encoded: one sheet, a header row, one row per council and figure, numbers as numbers, [x] for a missing value or withheld base with its reason in the missing column",
      resolve: (c) => comparisonXlsx(c),
    }),
  }),
});

builder.queryField("compareCouncils", (t) =>
  t.field({
    type: CouncilComparisonType,
    nullable: true,
    description:
      "Councils side by side on canonical measures; small counts suppressed. Null with an error when it fails, without nulling other fields",
    authScopes: scopes,
    args: {
      metrics: t.arg({ type: [ComparisonMetricEnum], required: false, description: "The measures (default: all)" }),
      councils: t.arg.stringList({ required: false, description: "Only these council ids (default: every active council)" }),
      basis: t.arg({
        type: BasisEnum,
        required: false,
        description:
          "received (the default: the basis councils publish, complaints received in the period followed through) or completed (responses sent in the period)",
      }),
      stage: t.arg({
        type: StageEnum,
        required: false,
        description: "The stage within_timescale, upheld_share and escalation_rate rest on (default STAGE_1)",
      }),
      financialYear: t.arg.int({ required: false, description: "The financial year starting in April of this year" }),
      quarter: t.arg.int({ required: false, description: "A quarter (1–4) of the financial year" }),
      period: t.arg({ type: ReportPeriodInput, required: false, description: "Any period (instead of financialYear)" }),
    },
    resolve: (_root, args, context) => {
      if (!context.viewer) throw unauthenticated();
      const period = periodOf(args);
      const options = { basis: args.basis ?? "received", stage: args.stage ?? "stage1" } as const;
      return analyticsOf(context).compare(args.metrics ?? [...COMPARISON_METRICS], period, args.councils ?? undefined, options);
    },
  }),
);
