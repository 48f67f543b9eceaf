import { z } from "zod";
import { builder } from "../builder";
import {
  readImportMapping,
  saveImportMapping,
  type ImportMappingView,
  type MappingProblem,
  type SaveImportMappingResult,
} from "../services/import-mapping";

const admin = { configureCouncil: true } as const;
/** A mapping's JSON is small: columns, value maps and events. */
export const mappingSizeRule = z.unknown().refine((value) => JSON.stringify(value).length <= 200_000, "must be at most 200000 characters as JSON");

export const ImportMappingProblemRef = builder.objectRef<MappingProblem>("ImportMappingProblem").implement({
  description: "A problem with an import mapping: where in the mapping and the rule it breaks",
  authScopes: admin,
  fields: (t) => ({
    path: t.exposeString("path", { description: 'The path in the mapping, e.g. "events[1].after" or "kind.column"' }),
    message: t.exposeString("message", { description: "The rule broken, in words" }),
  }),
});

const ImportMappingRef = builder.objectRef<ImportMappingView>("ImportMapping").implement({
  description:
    "How your council's old case system's CSV export is read (importers as data): columns to fields, date formats, local values to " +
    "vocabulary entries and date columns as lifecycle events (@csc/council-kit importMappingSchema)",
  authScopes: admin,
  fields: (t) => ({
    version: t.exposeInt("version", { description: "The mapping's version; each save makes a new one and the highest is in force" }),
    mapping: t.field({ type: "JSON", description: "The mapping, every default filled in", resolve: (m) => m.mapping }),
    columns: t.exposeStringList("columns", { description: "Every column of the export the mapping reads" }),
    savedAt: t.field({ type: "DateTime", description: "When this version was saved", resolve: (m) => m.savedAt }),
    savedByName: t.exposeString("savedByName", { description: "Who saved this version" }),
  }),
});

const SaveImportMappingPayload = builder.objectRef<SaveImportMappingResult>("SaveImportMappingPayload").implement({
  description: "The mapping saved, or every problem with it by path (then nothing is saved)",
  authScopes: admin,
  fields: (t) => ({
    importMapping: t.field({ type: ImportMappingRef, nullable: true, description: "The new version in force", resolve: (r) => r.importMapping }),
    problems: t.field({ type: [ImportMappingProblemRef], description: "Every problem by path; empty when saved", resolve: (r) => r.problems }),
  }),
});

builder.queryField("importMapping", (t) =>
  t.field({
    type: ImportMappingRef,
    nullable: true,
    description: "Your council's import mapping in force (council administrators); null when it has none",
    authScopes: admin,
    resolve: (_root, _args, context) => readImportMapping(context),
  }),
);

builder.mutationField("saveImportMapping", (t) =>
  t.field({
    type: SaveImportMappingPayload,
    description:
      "Save a new version of your council's import mapping (council administrators); importCaseExport reads exports with it from then on. " +
      "An invalid mapping is not saved and every problem comes back by path.",
    authScopes: admin,
    args: {
      mapping: t.arg({
        type: "JSON",
        required: true,
        description: "The mapping, a JSON object (see the ImportMapping type)",
        validate: mappingSizeRule,
      }),
    },
    resolve: (_root, args, context) => saveImportMapping(context, args.mapping),
  }),
);
