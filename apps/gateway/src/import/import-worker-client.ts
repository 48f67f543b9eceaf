import { Worker } from "node:worker_threads";
import type { DerivationSetup, DerivedBatch, ExportSource } from "./export-derivation";
import { ExportRefusal } from "./export-derivation";
import type { FromImportWorker, ToImportWorker } from "./import-worker-protocol";

/**
 * The gateway's side of the import's worker thread (import-worker.ts): one worker, started on the first import and
 * kept (its code stays compiled for the next), serving each import by a job number. If it stops, every import it
 * was serving fails (nothing of theirs is stored: their transactions roll back) and the next import starts another.
 */
type Listener = (message: FromImportWorker) => void;

interface RunningWorker {
  worker: Worker;
  listeners: Map<number, Listener>;
}

let running: RunningWorker | null = null;
let jobs = 0;

/**
 * The worker entry: built, ./import/import-worker.js beside the bundle (the gateway's build script builds that
 * entry); on the TypeScript sources, through worker-boot.mjs with tsx's loader.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith(".js")) return new Worker(new URL("./import/import-worker.js", import.meta.url));
  const boot = new URL("../worker-boot.mjs", import.meta.url);
  const entry = new URL("./import-worker.ts", import.meta.url).href;
  return new Worker(boot, { workerData: { entry }, execArgv: [...process.execArgv, "--conditions=@csc/source"] });
}

function importWorker(): RunningWorker {
  if (running) return running;
  const worker = startWorker();
  const current: RunningWorker = { worker, listeners: new Map() };
  const stopped = (why: string) => {
    if (running === current) running = null;
    for (const [job, listener] of current.listeners) listener({ type: "failed", job, message: why });
    current.listeners.clear();
  };
  worker.on("message", (message: FromImportWorker) => current.listeners.get(message.job)?.(message));
  worker.on("error", (error) => stopped(`the import's worker thread failed: ${error.message}`));
  worker.on("exit", (code) => stopped(`the import's worker thread stopped (exit code ${code})`));
  // An idle worker does not keep the gateway's process alive (one serving an import does: readExport).
  worker.unref();
  running = current;
  return current;
}

/**
 * Starts the worker now, if none runs (the gateway at start, main.ts): its code is loaded before the first import
 * rather than during it (about 0.4 s of CPU built, 1.4 s on the TypeScript sources). It does not keep the process alive.
 */
export function startImportWorker(): void {
  importWorker();
}

/**
 * Stops the worker, if one runs (the gateway's shutdown, after its requests have finished): an import still
 * running fails, its transaction rolled back.
 */
export async function stopImportWorker(): Promise<void> {
  const current = running;
  if (!current) return;
  running = null;
  await current.worker.terminate();
}

/** An export read by the worker: its records' references, then its batches as they are derived. */
interface ReadExport {
  /** Each record's case reference, in file order. */
  references: string[];
  /** Derives the records; each batch is asked for as the one before starts to be stored. */
  batches: (setup: DerivationSetup) => AsyncGenerator<DerivedBatch>;
  /** The worker forgets the import (called when its store stops early). */
  cancel: () => void;
}

/**
 * Sends `csv` to the worker to parse with the council's importer or mapping. Throws ExportRefusal when the file is
 * refused as a whole (the row and column), or an Error when the worker fails.
 */
export async function readExport(csv: string, source: ExportSource): Promise<ReadExport> {
  const { worker, listeners } = importWorker();
  const job = (jobs += 1);
  worker.ref();
  const inbox: FromImportWorker[] = [];
  let waiting: ((message: FromImportWorker) => void) | null = null;
  listeners.set(job, (message) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(message);
    } else inbox.push(message);
  });
  const receive = () => {
    const message = inbox.shift();
    return message ? Promise.resolve(message) : new Promise<FromImportWorker>((resolve) => (waiting = resolve));
  };
  const send = (message: ToImportWorker) => worker.postMessage(message);
  const end = () => {
    listeners.delete(job);
    if (listeners.size === 0) worker.unref();
  };
  const cancel = () => {
    end();
    send({ type: "cancel", job });
  };
  send({ type: "parse", job, csv, source });
  const parsed = await receive();
  if (parsed.type !== "parsed") {
    end();
    if (parsed.type === "refused") throw new ExportRefusal(parsed.message);
    throw new Error(parsed.type === "failed" ? parsed.message : `import worker: unexpected ${parsed.type}`);
  }
  async function* batches(setup: DerivationSetup): AsyncGenerator<DerivedBatch> {
    send({ type: "derive", job, setup });
    try {
      for (;;) {
        const message = await receive();
        if (message.type === "done") return;
        if (message.type === "failed") throw new Error(message.message);
        if (message.type !== "batch") throw new Error(`import worker: unexpected ${message.type}`);
        // Credit for one more batch as this one goes to be stored.
        send({ type: "more", job });
        yield message.batch;
      }
    } finally {
      cancel();
    }
  }
  return { references: parsed.references, batches, cancel };
}
