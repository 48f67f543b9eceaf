import { parentPort, workerData } from "node:worker_threads";
import { createPrismaClient } from "@csc/db";
import { statementTiming, timed, timingEnabled, withOwnSpans, type Spans } from "../http/request-timing";
import { todayInLondon } from "../today-in-london";
import { inProcessAnalytics, runOperation, type AnalyticsOperation } from "./analytics-engine";
import { warmUpAnalytics } from "./analytics-warm-up";

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
  workMemMb: number;
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
  workMemMb: config.workMemMb,
  // Kept open however long analysts are away: a new connection's backend is slow at first (@csc/db keepOpen).
  keepOpen: config.maxConnections,
  ...statementTiming(),
});
const engine = inProcessAnalytics(prisma);
// Warmed at start, not by the first analyst after a restart (analytics-warm-up.ts). A failure here is the first
// request's to report, so it is not reported twice.
void warmUpAnalytics(engine, todayInLondon()).catch(() => undefined);

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
