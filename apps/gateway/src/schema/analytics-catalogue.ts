import { DIMENSION_NAMES, dimensionInfo, METRIC_NAMES, METRICS, type Dimension, type Metric } from "@csc/rules";
import { builder } from "../builder";
import { BasisEnum, MetricEnum } from "./statistics";

/**
 * The analyst's catalogue: every metric and dimension `statistics` accepts, with its description, straight from
 * the rules' catalogue (@csc/rules METRICS and DIMENSIONS), so names are found here rather than in error messages.
 */
const scopes = { readAggregates: true, platformAdmin: true, nationalAggregates: true };

const MetricInfoType = builder.objectRef<Metric>("MetricInfo").implement({
  description: "One metric of the rules' catalogue",
  authScopes: scopes,
  fields: (t) => ({
    name: t.field({ type: MetricEnum, description: "The metric's name (the statistics query's metric argument)", resolve: (m) => m }),
    code: t.string({ description: "The metric's code, as a report layout's measure and a statistics CSV name it", resolve: (m) => m }),
    description: t.string({ description: "What it counts", resolve: (m) => METRICS[m].description }),
    unit: t.string({ description: "What one unit is: case, stage, reason or lgsco", resolve: (m) => METRICS[m].unit }),
    aggregation: t.string({ description: "count, percent (0–100) or average", resolve: (m) => METRICS[m].aggregation }),
    bases: t.field({
      type: [BasisEnum],
      description: "Bases it can be computed on, the default first; empty for snapshots",
      resolve: (m) => [...METRICS[m].bases],
    }),
    basisNote: t.string({ description: "What received and completed mean for it", resolve: (m) => METRICS[m].basisNote }),
  }),
});

const DimensionInfoType = builder.objectRef<Dimension>("DimensionInfo").implement({
  description: "One dimension statistics can group or filter by (besides local:<key>)",
  authScopes: scopes,
  fields: (t) => ({
    name: t.string({ description: "The dimension's name (for groupBy and filter)", resolve: (d) => d }),
    description: t.string({ description: "What it describes", resolve: (d) => dimensionInfo(d).description }),
    source: t.string({
      description: "canonical (shared by every council), local (the council's codes) or time",
      resolve: (d) => dimensionInfo(d).source,
    }),
    level: t.string({ description: "What it describes: case, stage, reason or lgsco", resolve: (d) => dimensionInfo(d).level }),
    multiple: t.boolean({
      description: "A case can carry several values (grouped counts can exceed the total)",
      resolve: (d) => dimensionInfo(d).multiple,
    }),
    values: t.stringList({
      nullable: true,
      description: "Its closed list of values (canonical dimensions); null for open local codes and time",
      resolve: (d) => (dimensionInfo(d).values ? [...(dimensionInfo(d).values ?? [])] : null),
    }),
  }),
});

builder.queryField("metrics", (t) =>
  t.field({
    type: [MetricInfoType],
    description: "Every metric the statistics query measures, with its description, unit, aggregation and bases",
    authScopes: scopes,
    resolve: () => [...METRIC_NAMES],
  }),
);

builder.queryField("dimensions", (t) =>
  t.field({
    type: [DimensionInfoType],
    description: "Every dimension the statistics query groups or filters by, with its description and values",
    authScopes: scopes,
    resolve: () => [...DIMENSION_NAMES],
  }),
);
