import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { checkWorkMemMb } from "@csc/db";
import { GraphQLError } from "graphql";
import { currentSpans } from "../http/request-scope";
import { addSpans, recordSpan, type Spans } from "../http/request-timing";
import { FairScheduler } from "../limits/fair-scheduler";
import { analyticsCapacity } from "./analytics-capacity";
import type { AnalyticsEngine, AnalyticsOperation } from "./analytics-engine";
import type { WorkerConfig, WorkerReply, WorkerRequest } from "./analytics-worker";

/** Analytics connections' work_mem unless set (MB): a report's window of units for a large council fits. */
const DEFAULT_WORK_MEM_MB = 64;

/**
 * A small pool of analytics worker threads (node:worker_threads), each with its own PostgreSQL connections
 * and a statement timeout: reports, statistics and comparisons are read and measured there, so three analysts
 * cannot stall an officer's case list (the event loop and the gateway's pool stay free). Each request goes to
 * the worker with the fewest in flight, and a FairScheduler keeps one council from holding every slot (at most
 * half the pool's capacity runs for one council; the others' requests take turns). Built (`node dist/main.js`)
 * the workers run dist/reports/analytics-worker.js; from the TypeScript sources (tsx, vitest) they run
 * analytics-worker.ts through tsx, with workspace packages resolved to their source (the @csc/source condition).
 */
interface AnalyticsPoolOptions {
  url: string;
  /** Worker threads (default 2: the machines have two cores). */
  workers?: number;
  /** Connections each worker opens at most (default 2). */
  maxConnections?: number;
  /** PostgreSQL statement_timeout for analytics statements (default 30 s, ANALYTICS_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL work_mem for analytics connections, in MB (default 64, ANALYTICS_WORK_MEM_MB): a report's window of
   * units is materialised and counted several times, and at the server's 4 MB it went to a temporary file (@csc/db
   * createPrismaClient workMemMb). At most `concurrency` statements run at once, each with a few such nodes.
   */
  workMemMb?: number;
  /**
   * Analytics requests that run at once across the pool (default: the machine's cores less one, at least one, and
   * never more than workers × connections): the core left over is case work's, so officers are not queued behind
   * analysts' statements on the database or in the gateway. Requests beyond it wait their turn, council by council.
   */
  concurrency?: number;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(value: unknown, spans?: Spans): void; reject(error: Error): void }>;
  /** Why the worker stopped, once it has: later requests to it fail at once instead of waiting for ever. */
  failure: Error | null;
}

/**
 * One worker thread. The build bundles this file into dist/main.js (or a chunk beside it), so the built worker
 * is at ./reports/analytics-worker.js from there (the gateway's build script builds that entry).
 */
function startWorker(config: WorkerConfig): Worker {
  if (import.meta.url.endsWith(".js")) return new Worker(new URL("./reports/analytics-worker.js", import.meta.url), { workerData: config });
  const boot = new URL("../worker-boot.mjs", import.meta.url);
  const entry = new URL("./analytics-worker.ts", import.meta.url).href;
  return new Worker(boot, { workerData: { ...config, entry }, execArgv: [...process.execArgv, "--conditions=@csc/source"] });
}

export function createAnalyticsPool(options: AnalyticsPoolOptions): AnalyticsEngine {
  const config: WorkerConfig = {
    url: options.url,
    maxConnections: options.maxConnections ?? 2,
    statementTimeoutMs: options.statementTimeoutMs ?? Number(process.env.ANALYTICS_STATEMENT_TIMEOUT_MS ?? 30_000),
    workMemMb: options.workMemMb ?? Number(process.env.ANALYTICS_WORK_MEM_MB ?? DEFAULT_WORK_MEM_MB),
  };
  const workers = options.workers ?? 2;
  // Checked before any worker starts, so a bad setting fails at once and leaves no thread behind.
  if (options.workMemMb !== undefined) checkWorkMemMb(options.workMemMb, "analytics workMemMb");
  else checkWorkMemMb(config.workMemMb, "ANALYTICS_WORK_MEM_MB", process.env.ANALYTICS_WORK_MEM_MB);
  const capacity = analyticsCapacity({
    workers,
    maxConnections: config.maxConnections,
    concurrency: options.concurrency,
    cores: availableParallelism(),
  });
  const slots: Slot[] = Array.from({ length: workers }, () => {
    const slot: Slot = { worker: startWorker(config), pending: new Map(), failure: null };
    slot.worker.on("message", (reply: WorkerReply) => {
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result, reply.spans);
      else waiting.reject(reply.extensions ? new GraphQLError(reply.message, { extensions: reply.extensions }) : new Error(reply.message));
    });
    const fail = (error: Error) => {
      slot.failure = error;
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", () => fail(slot.failure ?? new Error("The analytics worker stopped")));
    return slot;
  });
  let nextId = 0;
  const scheduler = new FairScheduler({ capacity, perKey: Math.ceil(capacity / 2) });
  /** The council a request computes for; the national comparison shares one key. */
  const keyOf = (operation: AnalyticsOperation) => (operation.op === "compare" ? "compare" : operation.councilId);
  const run = <T>(operation: AnalyticsOperation): Promise<T> => scheduler.run(keyOf(operation), () => send<T>(operation));
  const send = <T>(operation: AnalyticsOperation): Promise<T> => {
    const live = slots.filter((s) => s.failure === null);
    if (live.length === 0) return Promise.reject(slots[0]?.failure ?? new Error("No analytics worker is running"));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = ++nextId;
    // Timed requests (CSC_SERVER_TIMING=1): the worker's spans join the request's, and the hand-off is the round
    // trip less the worker's own time (posting, structured cloning both ways, the worker's queue).
    const spans = currentSpans();
    const sent = performance.now();
    return new Promise<T>((resolve, reject) => {
      const resolveTimed = (value: unknown, measured?: Spans) => {
        if (spans && measured) {
          recordSpan("handoff", performance.now() - sent - (measured.worker?.ms ?? 0), spans);
          addSpans(measured, spans);
        }
        resolve(value as T);
      };
      slot.pending.set(id, { resolve: resolveTimed, reject });
      slot.worker.postMessage({ id, operation } satisfies WorkerRequest);
    });
  };
  return {
    statistics: (councilId, query, period, disclosure) => run({ op: "statistics", councilId, query, period, disclosure }),
    report: (councilId, period) => run({ op: "report", councilId, period }),
    compare: (metrics, period, councilIds, options) => run({ op: "compare", metrics, period, councilIds, options }),
    async close() {
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise<void>((resolve) => {
              if (slot.failure) return resolve();
              slot.worker.once("exit", () => resolve());
              slot.worker.postMessage("close");
              setTimeout(() => void slot.worker.terminate(), 5_000).unref();
            }),
        ),
      );
    },
  };
}
