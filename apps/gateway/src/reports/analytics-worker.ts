import { parentPort, workerData } from "node:worker_threads";
import { createPrismaClient } from "@csc/db";
import { withPlatform } from "../db/client";
import { statementTiming, timed, timingEnabled, withOwnSpans, type Spans } from "../http/request-timing";
import { inProcessAnalytics, runOperation, type AnalyticsOperation } from "./analytics-engine";

/**
 * One analytics worker thread: its own small connection pool (statement timeout set on every connection) and
 * the measures computed here, off the event loop that serves officers. Errors go back with their GraphQL
 * extensions (code, field) so the caller sees the same BAD_USER_INPUT or NOT_FOUND as in-process. With
 * CSC_SERVER_TIMING=1 each answer carries the operation's timing spans (the `worker` span its whole time here).
 */
export interface WorkerConfig {
  url: string;
  maxConnections: number;
  statementTimeoutMs: number;
}

export interface WorkerRequest {
  id: number;
  operation: AnalyticsOperation;
}

export type WorkerReply =
  { id: number; ok: true; result: unknown; spans?: Spans } | { id: number; ok: false; message: string; extensions: Record<string, unknown> | null };

const config = workerData as WorkerConfig;
const prisma = createPrismaClient(config.url, {
  maxConnections: config.maxConnections,
  statementTimeoutMs: config.statementTimeoutMs,
  ...statementTiming(),
});
const engine = inProcessAnalytics(prisma);
// Warmed at start, not by the first analyst after a restart: a connection of the pool opened (its statement timeout
// set) and Prisma's query compiler loaded, by one small read as the comparison's first read is made (measured at
// national scale: the first comparison after a start 346 → 292 ms, its time in the worker 270 → 197 ms). A failure
// here is the first request's to report, so it is not reported twice.
void withPlatform(prisma, (tx) => tx.council.findFirst({ select: { id: true } })).catch(() => undefined);

/** The operation's result, with its spans when timing is on. */
async function answer(request: WorkerRequest): Promise<{ result: unknown; spans?: Spans }> {
  if (!timingEnabled()) return { result: await runOperation(engine, request.operation) };
  return withOwnSpans(`analytics-${request.id}`, () => timed("worker", () => runOperation(engine, request.operation)));
}

parentPort?.on("message", (request: WorkerRequest | "close") => {
  if (request === "close") {
    void prisma.$disconnect().then(() => parentPort?.close());
    return;
  }
  answer(request).then(
    ({ result, spans }) => parentPort?.postMessage({ id: request.id, ok: true, result, ...(spans ? { spans } : {}) } satisfies WorkerReply),
    (error: unknown) => {
      const extensions = error && typeof error === "object" && "extensions" in error ? (error.extensions as Record<string, unknown>) : null;
      const message = error instanceof Error ? error.message : "analytics failed";
      parentPort?.postMessage({ id: request.id, ok: false, message, extensions } satisfies WorkerReply);
    },
  );
});
