import { parentPort } from "node:worker_threads";
import type { CaseFactsCouncil, ImportedCase } from "@csc/council-kit";
import { deriveBatches, ExportRefusal, exportReader, parseExport, type DerivedBatch } from "./export-derivation";
import { INITIAL_CREDIT, type FromImportWorker, type ToImportWorker } from "./import-worker-protocol";

/**
 * The import's worker thread: reads an export and derives its records (export-derivation.ts), so the gateway's
 * thread only stores batches (import-batches.ts) and keeps answering officers, and the two work at the same time.
 * It touches no database. One worker serves every import of its gateway, each by its job number.
 */
interface Job {
  council: CaseFactsCouncil;
  records: ImportedCase[];
  batches: Generator<DerivedBatch> | null;
  credit: number;
  deriving: boolean;
}

const port = parentPort;
if (!port) throw new Error("import-worker.ts runs as a worker thread (import-worker-client.ts)");
const jobs = new Map<number, Job>();
const post = (message: FromImportWorker) => port.postMessage(message);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const messageOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function parse({ job: id, csv, source }: Extract<ToImportWorker, { type: "parse" }>): Promise<void> {
  try {
    const { council, parse: read } = await exportReader(source);
    const records = parseExport(read, csv);
    jobs.set(id, { council, records, batches: null, credit: 0, deriving: false });
    post({ type: "parsed", job: id, references: records.map((r) => r.externalId) });
  } catch (error) {
    post(
      error instanceof ExportRefusal ? { type: "refused", job: id, message: error.message } : { type: "failed", job: id, message: messageOf(error) },
    );
  }
}

/** Derives the job's next batches while it has credit, a turn of the event loop between batches (so a cancel is heard). */
async function derive(id: number): Promise<void> {
  const job = jobs.get(id);
  if (!job?.batches || job.deriving) return;
  job.deriving = true;
  try {
    while (job.credit > 0 && jobs.get(id) === job) {
      const next = job.batches.next();
      if (next.done) {
        jobs.delete(id);
        post({ type: "done", job: id });
        return;
      }
      job.credit -= 1;
      post({ type: "batch", job: id, batch: next.value });
      await nextTurn();
    }
  } catch (error) {
    jobs.delete(id);
    post({ type: "failed", job: id, message: messageOf(error) });
  } finally {
    job.deriving = false;
  }
}

port.on("message", (message: ToImportWorker) => {
  const job = jobs.get(message.job);
  switch (message.type) {
    case "parse":
      void parse(message);
      return;
    case "derive":
      if (!job) return;
      job.batches = deriveBatches(job.council, job.records, message.setup);
      job.credit = INITIAL_CREDIT;
      void derive(message.job);
      return;
    case "more":
      if (!job) return;
      job.credit += 1;
      void derive(message.job);
      return;
    case "cancel":
      jobs.delete(message.job);
      return;
  }
});
