import type { ImportJob, Prisma } from "@csc/db";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { notFound } from "../errors/gateway-error";
import { councilScope } from "../services/council-scope";
import { storeExport, type CaseExportSummary } from "./import-export";
import { registeredAdapter } from "./import-source";

/** The largest export POST /imports/cases takes (the error names it). */
export const MAX_IMPORT_UPLOAD_BYTES = 50 * 1024 * 1024;

export type ImportJobStatus = "running" | "succeeded" | "failed";

/** What the importJob query answers: how far the import has got, and when it ends, its summary or refusal. */
export interface ImportJobView {
  id: string;
  status: ImportJobStatus;
  dryRun: boolean;
  sizeBytes: number;
  recordsTotal: number | null;
  recordsRead: number;
  casesStored: number;
  summary: CaseExportSummary | null;
  error: string | null;
}

const STATUSES: readonly ImportJobStatus[] = ["running", "succeeded", "failed"];

/**
 * A running job writes its progress after every batch of 1,000 records (seconds apart); one not heard from for this
 * long was stopped with its gateway (a restart, a crash), its transaction rolled back. Reading it marks it failed.
 */
export const IMPORT_JOB_SILENT_MS = 15 * 60_000;
const STOPPED = "The import stopped before it finished (the service restarted); nothing was stored. Upload the file again.";

type JobUpdate = Pick<Prisma.ImportJobUpdateInput, "status" | "recordsTotal" | "recordsRead" | "casesStored" | "summary" | "error">;

/**
 * Starts importing an uploaded export as a job and answers its id at once: the job row is committed first, then
 * the council's importer parses the file and the cases are derived and stored in one transaction (import-export.ts
 * storeExport), the job's progress written after each batch of 1,000 in transactions of its own, so any gateway
 * instance can answer importJob while the import runs. A file the importer refuses fails the job with the row and
 * column; anything else fails it with no detail (nothing stored either way).
 */
export async function startImportJob(context: GatewayContext, csv: string, sizeBytes: number, dryRun: boolean): Promise<string> {
  const { viewer, councilId } = councilScope(context);
  const adapter = await registeredAdapter(councilId);
  const job = await withCouncil(context.root, councilId, (tx) =>
    tx.importJob.create({ data: { councilId, dryRun, sizeBytes, startedBy: viewer.userId }, select: { id: true } }),
  );
  const update = async (data: JobUpdate): Promise<void> => {
    await withCouncil(context.root, councilId, (tx) =>
      tx.importJob.update({ where: { councilId_id: { councilId, id: job.id } }, data: { ...data, updatedAt: new Date() } }),
    );
  };
  const run = async () => {
    try {
      let total = 0;
      const summary = await storeExport(context, councilId, adapter, csv, dryRun, {
        onParsed: async (records) => {
          total = records;
          await update({ recordsTotal: records });
        },
        onProgress: (p) => update({ recordsRead: p.read, casesStored: p.stored }),
      });
      await update({
        status: "succeeded",
        recordsRead: total,
        casesStored: summary.imported,
        summary: summary as unknown as Prisma.InputJsonValue,
      });
    } catch (error) {
      const refusal = error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT";
      await update({
        status: "failed",
        error: refusal ? error.message : "The import failed; nothing was stored. Try again, or ask the platform team.",
      });
    }
  };
  void run().catch(() => undefined);
  return job.id;
}

/** The viewer's council's import job, or NOT_FOUND (another council's id answers the same). */
export async function loadImportJob(context: GatewayContext, id: string): Promise<ImportJobView> {
  const { councilId } = councilScope(context);
  const row = /^[0-9a-f-]{36}$/.test(id)
    ? await withCouncil(context.root, councilId, (tx) => tx.importJob.findUnique({ where: { councilId_id: { councilId, id } } }))
    : null;
  if (!row) throw notFound("Import job");
  if (row.status === "running" && Date.now() - row.updatedAt.getTime() > IMPORT_JOB_SILENT_MS) {
    const stopped = await withCouncil(context.root, councilId, (tx) =>
      tx.importJob.update({ where: { councilId_id: { councilId, id: row.id } }, data: { status: "failed", error: STOPPED } }),
    );
    return viewOf(stopped);
  }
  return viewOf(row);
}

function viewOf(row: ImportJob): ImportJobView {
  return {
    id: row.id,
    status: STATUSES.find((s) => s === row.status) ?? "failed",
    dryRun: row.dryRun,
    sizeBytes: row.sizeBytes,
    recordsTotal: row.recordsTotal,
    recordsRead: row.recordsRead,
    casesStored: row.casesStored,
    summary: row.summary as unknown as CaseExportSummary | null,
    error: row.error,
  };
}
