import { z } from "zod";
import { builder } from "../builder";
import { importCaseExport, type CaseExportSummary } from "../import/import-export";
import type { RefusedRecord } from "../import/export-derivation";
import { LIMITS } from "../limits/query-limits";

const admin = { configureCouncil: true } as const;

const RefusedRecordRef = builder.objectRef<RefusedRecord>("RefusedImportRecord").implement({
  description: "A record of an export that was not imported, and why (no personal data)",
  authScopes: admin,
  fields: (t) => ({
    externalId: t.exposeString("externalId", { nullable: true, description: "The case reference in the old system" }),
    row: t.exposeInt("row", { description: "The row of the file (the header is row 1)" }),
    reason: t.exposeString("reason", { description: "Why it was refused, naming the field and the rule" }),
  }),
});

export const CaseExportSummaryRef = builder.objectRef<CaseExportSummary>("CaseExportSummary").implement({
  description: "What an import of a case export did, or on a dry run would do",
  authScopes: admin,
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun", { description: "Whether this was a dry run (nothing stored)" }),
    parsed: t.exposeInt("parsed", { description: "Records read from the file" }),
    imported: t.exposeInt("imported", { description: "Records stored as new cases (on a dry run: that would be stored)" }),
    duplicates: t.exposeInt("duplicates", { description: "Records whose reference is already a case: left alone" }),
    refused: t.field({ description: "The records not imported, and why", type: [RefusedRecordRef], resolve: (summary) => summary.refused }),
  }),
});

builder.mutationField("importCaseExport", (t) =>
  t.field({
    type: CaseExportSummaryRef,
    description:
      "Import your council's export from its old case system with the council's importer (council administrators). " +
      "A file the importer cannot read is refused whole, naming the row and column; with dryRun nothing is stored.",
    authScopes: admin,
    args: {
      csv: t.arg.string({ required: true, description: "The export's CSV text, header row first" }),
      dryRun: t.arg.boolean({ required: false, description: "Check the file and report what would be imported, storing nothing" }),
    },
    validate: z.object({
      csv: z.string().trim().min(1, "must not be empty").max(LIMITS.maxImportBodyBytes, `must be at most ${LIMITS.maxImportBodyBytes} characters`),
      dryRun: z.boolean().nullish(),
    }),
    resolve: (_root, args, context) => importCaseExport(context, args.csv, args.dryRun ?? false),
  }),
);
