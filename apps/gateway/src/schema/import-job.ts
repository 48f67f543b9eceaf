import { builder } from "../builder";
import { loadImportJob, type ImportJobStatus, type ImportJobView } from "../import/import-job";
import { CaseExportSummaryRef } from "./mutation-import";
import { codedValues } from "./enum-values";

const admin = { configureCouncil: true } as const;

const ImportJobStatusEnum = builder.enumType("ImportJobStatus", {
  description: "Where an import job stands",
  values: codedValues({
    running: { description: "Reading the file, or deriving and storing its cases" },
    succeeded: { description: "Finished: the summary says what was stored, left as duplicates or refused" },
    failed: { description: "Refused or failed: nothing was stored; the error says why" },
  } satisfies Record<ImportJobStatus, { description: string }>),
});

const ImportJobRef = builder.objectRef<ImportJobView>("ImportJob").implement({
  description: "An export being imported (uploaded to POST /imports/cases): its progress, then its summary or refusal",
  authScopes: admin,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The job's id (as POST /imports/cases answered)" }),
    status: t.field({ type: ImportJobStatusEnum, description: "Where the job stands", resolve: (job) => job.status }),
    dryRun: t.exposeBoolean("dryRun", { description: "Whether the file is only checked (nothing stored)" }),
    sizeBytes: t.exposeInt("sizeBytes", { description: "The size of the uploaded file in bytes" }),
    recordsTotal: t.exposeInt("recordsTotal", { nullable: true, description: "Records in the file; null until the file is read" }),
    recordsRead: t.exposeInt("recordsRead", { description: "Records derived so far" }),
    casesStored: t.exposeInt("casesStored", {
      description: "Cases stored so far in the import's transaction (visible once the job has succeeded; on a dry run: that would be)",
    }),
    summary: t.field({
      type: CaseExportSummaryRef,
      nullable: true,
      description: "What the import did, once it has succeeded",
      resolve: (job) => job.summary,
    }),
    error: t.exposeString("error", { nullable: true, description: "Why the job failed: the row and column the importer refused" }),
  }),
});

builder.queryField("importJob", (t) =>
  t.field({
    type: ImportJobRef,
    description: "An import job of your council's (council administrators)",
    authScopes: admin,
    args: { id: t.arg.id({ required: true, description: "The job's id" }) },
    resolve: (_root, args, context) => loadImportJob(context, String(args.id)),
  }),
);
