import type { ImportRefusal, MappedCase } from "@csc/council-kit";
import { z } from "zod";
import { builder } from "../builder";
import { LIMITS } from "../limits/query-limits";
import { tryImportMapping, type ColumnValues, type ImportMappingTrial } from "../services/import-mapping";
import { ImportMappingProblemRef, mappingSizeRule } from "./import-mapping";

const admin = { configureCouncil: true } as const;
const MAX_SHOWN = 50;

const ImportRefusalRef = builder.objectRef<ImportRefusal>("ImportMappingRefusal").implement({
  description: "A row (or the whole file) the mapping could not read: where and why, never a personal value",
  authScopes: admin,
  fields: (t) => ({
    row: t.exposeInt("row", { nullable: true, description: "The row of the file (the header is row 1); null for the whole file" }),
    column: t.exposeString("column", { nullable: true, description: "The column, when the refusal is about one" }),
    message: t.exposeString("message", { description: "The rule broken, in words" }),
  }),
});

const MappedEventRef = builder.objectRef<{ type: string; on: string }>("MappedImportEvent").implement({
  description: "A lifecycle event a mapped row records",
  authScopes: admin,
  fields: (t) => ({
    type: t.exposeString("type", { description: "The event's type, e.g. response_sent" }),
    on: t.field({ type: "Date", description: "The day it happened", resolve: (e) => e.on }),
  }),
});

const MappedCaseRef = builder.objectRef<MappedCase>("MappedImportCase").implement({
  description: "One row of a sample export read through the mapping, as it would be imported (codes as the council's vocabularies hold them)",
  authScopes: admin,
  fields: (t) => ({
    row: t.exposeInt("row", { description: "The row of the file (the header is row 1)" }),
    externalId: t.string({ description: "The case reference in the old system", resolve: (c) => c.imported.externalId }),
    kind: t.string({ description: "The feedback kind's code", resolve: (c) => c.imported.kind }),
    receivedOn: t.field({ type: "Date", description: "The day it was received", resolve: (c) => c.imported.receivedOn }),
    teams: t.stringList({ description: "Team codes", resolve: (c) => c.imported.teams ?? [] }),
    points: t.stringList({
      description: "Each point of complaint's reason or category code",
      resolve: (c) => (c.imported.points ?? []).map((p) => p.reason ?? p.category ?? ""),
    }),
    outcomes: t.stringList({
      description: 'The council\'s outcome code per stage, e.g. "stage1: upheld"',
      resolve: (c) => Object.entries(c.imported.localOutcomes ?? {}).map(([stage, code]) => `${stage}: ${code}`),
    }),
    events: t.field({ type: [MappedEventRef], description: "The lifecycle, oldest first", resolve: (c) => c.imported.events }),
  }),
});

const ColumnValuesRef = builder.objectRef<ColumnValues>("ImportSampleColumnValues").implement({
  description: "The distinct values of one column of a sample (only columns with at most 30, split on the list separator): the local values to map",
  authScopes: admin,
  fields: (t) => ({
    column: t.exposeString("column", { description: "The column's header" }),
    values: t.exposeStringList("values", { description: "Its distinct values, sorted" }),
  }),
});

const ImportMappingTrialRef = builder.objectRef<ImportMappingTrial>("ImportMappingTrial").implement({
  description: "A mapping tried on a sample export: nothing is stored",
  authScopes: admin,
  fields: (t) => ({
    headers: t.exposeStringList("headers", { description: "The sample's header row: the columns a mapping can name" }),
    values: t.field({ type: [ColumnValuesRef], description: "Each coded-looking column's distinct values", resolve: (r) => r.values }),
    rows: t.exposeInt("rows", { description: "Data rows in the sample" }),
    cases: t.field({ type: [MappedCaseRef], description: "The first rows read into cases", resolve: (r) => r.cases }),
    refusals: t.field({ type: [ImportRefusalRef], description: "Every refusal by row and column", resolve: (r) => r.refusals }),
    problems: t.field({
      type: [ImportMappingProblemRef],
      description: "Problems with the mapping itself, by path (then no row is read)",
      resolve: (r) => r.problems,
    }),
  }),
});

builder.mutationField("tryImportMapping", (t) =>
  t.field({
    type: ImportMappingTrialRef,
    description:
      "Try an import mapping on a sample of your council's export without storing anything (council administrators): the sample's headers, " +
      "the first rows as cases and every refusal by row and column. With no mapping, the one in force is tried.",
    authScopes: admin,
    args: {
      csv: t.arg.string({ required: true, description: "The sample's CSV text, header row first" }),
      mapping: t.arg({ type: "JSON", required: false, description: "The mapping to try, a JSON object; the one in force when absent" }),
      limit: t.arg.int({ required: false, description: `How many mapped rows to return (1 to ${MAX_SHOWN}, default 10)` }),
    },
    validate: z.object({
      csv: z.string().trim().min(1, "must not be empty").max(LIMITS.maxImportBodyBytes, `must be at most ${LIMITS.maxImportBodyBytes} characters`),
      mapping: mappingSizeRule.nullish(),
      limit: z.number().int().min(1, "must be at least 1").max(MAX_SHOWN, `must be at most ${MAX_SHOWN}`).nullish(),
    }),
    resolve: (_root, args, context) => tryImportMapping(context, args.csv, args.mapping ?? null, args.limit ?? 10),
  }),
);
