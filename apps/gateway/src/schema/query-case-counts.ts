import { builder } from "../builder";
import { countCases } from "../services/count-cases";
import type { CaseCount as CaseCountShape } from "../services/count-cases";
import { CaseFilterInput } from "./case-filter";
import { MissingReasonEnum } from "./missing-reason";
import { codedValues } from "./enum-values";

const CaseCount = builder.objectRef<CaseCountShape>("CaseCount").implement({
  description: "The number of cases with one value of the grouping",
  authScopes: { readAggregates: true },
  fields: (t) => ({
    key: t.exposeString("key", { description: "The grouping's value, e.g. a status or a stage" }),
    count: t.exposeInt("count", {
      nullable: true,
      description: "The number of cases; null when suppressed (1–4 cases, for viewers who may not read cases: analysts)",
    }),
    suppressed: t.exposeBoolean("suppressed", {
      description: "Whether the count is withheld by the platform's disclosure policy (a small number 1–4, or secondary suppression)",
    }),
    missing: t.field({ type: MissingReasonEnum, nullable: true, description: "Why count is null", resolve: (c) => c.missing }),
  }),
});

const CaseGroupingEnum = builder.enumType("CaseGrouping", {
  description: "What to count cases by (each is a field of Case)",
  values: codedValues({
    status: { description: "By Case.status" },
    currentStage: { description: "By Case.currentStage (no stage: not started)" },
    kind: { description: "By Case.kind, the kind of feedback" },
    procedure: { description: "By Case.procedure" },
    channel: { description: "By Case.channel, how the feedback arrived" },
    complainantRelationship: { description: "By Case.complainantRelationship" },
  } as const),
});

builder.queryField("caseCounts", (t) =>
  t.field({
    type: [CaseCount],
    nullable: true,
    description:
      "How many cases, grouped by one dimension: the aggregate analysts may see (no personal data; for analysts the disclosure policy withholds small numbers). Null with an error when it fails, without nulling other fields",
    authScopes: { readAggregates: true },
    args: {
      groupBy: t.arg({ type: CaseGroupingEnum, required: true, description: "The dimension to group the cases by" }),
      filter: t.arg({
        type: CaseFilterInput,
        required: false,
        description: "The same filter and search as the case list (cases, casePage); every case when left out",
      }),
    },
    resolve: (_root, args, context) => countCases(context, args.groupBy, args.filter ?? {}),
  }),
);
