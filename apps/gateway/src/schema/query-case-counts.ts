import { builder } from "../builder";
import { councilScope } from "../services/council-scope";
import { countCases } from "../services/count-cases";
import { CaseFilterInput } from "./case-filter";

interface CaseCountShape {
  key: string;
  count: number;
}

const CaseCount = builder.objectRef<CaseCountShape>("CaseCount").implement({
  authScopes: { readAggregates: true },
  fields: (t) => ({
    key: t.exposeString("key"),
    count: t.exposeInt("count"),
  }),
});

const CaseGroupingEnum = builder.enumType("CaseGrouping", {
  values: ["status", "currentStage", "kind", "procedure", "channel", "complainantRelationship"] as const,
});

builder.queryField("caseCounts", (t) =>
  t.field({
    type: [CaseCount],
    description: "How many cases, grouped by one dimension: the aggregate analysts may see (no personal data)",
    authScopes: { readAggregates: true },
    args: {
      groupBy: t.arg({ type: CaseGroupingEnum, required: true }),
      filter: t.arg({ type: CaseFilterInput, required: false }),
    },
    resolve: (_root, args, context) => countCases(councilScope(context), args.groupBy, args.filter ?? {}, context.asOf),
  }),
);
