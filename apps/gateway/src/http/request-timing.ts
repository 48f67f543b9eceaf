import type { StatementObserver } from "@csc/db";
import { currentSpans, runInRequest } from "./request-scope";

/**
 * Where a request's time goes, by phase (CSC_SERVER_TIMING=1 only): each span sums the milliseconds and counts
 * the times it ran, and the answer carries them in a `Server-Timing` header (`session;dur=3.1;desc="n=6"`).
 * Span names are fixed words and SQL statements are named by their first keyword only (sql.begin, sql.set,
 * sql.select, sql.commit…), never by their text or values, so no personal data leaves in a header or log.
 */
export type SpanName =
  | "body"
  | "session"
  | "parse"
  | "validate"
  | "plan"
  | "execute"
  | "handoff"
  | "worker"
  | "transaction"
  | "measure"
  | "disclosure"
  | "coverage"
  | "apollo"
  | "total"
  | `sql.${SqlKind}`;

type SqlKind = "begin" | "set" | "select" | "with" | "insert" | "update" | "delete" | "commit" | "rollback" | "other";
const SQL_KINDS: readonly SqlKind[] = ["begin", "set", "select", "with", "insert", "update", "delete", "commit", "rollback"];

export type Spans = Partial<Record<SpanName, { ms: number; n: number }>>;

export const timingEnabled = (): boolean => process.env.CSC_SERVER_TIMING === "1";

export function recordSpan(name: SpanName, ms: number, spans: Spans | undefined = currentSpans()): void {
  if (!spans) return;
  const span = (spans[name] ??= { ms: 0, n: 0 });
  span.ms += ms;
  span.n += 1;
}

/** Runs `fn`, adding its time to the span when the request is being timed (no cost otherwise). */
export async function timed<T>(name: SpanName, fn: () => Promise<T>): Promise<T> {
  const spans = currentSpans();
  if (!spans) return fn();
  const started = performance.now();
  try {
    return await fn();
  } finally {
    recordSpan(name, performance.now() - started, spans);
  }
}

/** Adds spans measured elsewhere (an analytics worker thread's) to a request's. */
export function addSpans(measured: Spans, spans: Spans): void {
  for (const [name, span] of Object.entries(measured) as [SpanName, { ms: number; n: number }][]) {
    const into = (spans[name] ??= { ms: 0, n: 0 });
    into.ms += span.ms;
    into.n += span.n;
  }
}

/** Runs `fn` with a fresh set of spans of its own (a worker thread's operation) and returns both. */
export async function withOwnSpans<T>(requestId: string, fn: () => Promise<T>): Promise<{ result: T; spans: Spans }> {
  const spans: Spans = {};
  const result = await runInRequest(requestId, fn, spans);
  return { result, spans };
}

const kindOf = (sql: string): SqlKind => {
  const word = /^\s*([a-z]+)/i.exec(sql)?.[1]?.toLowerCase();
  return SQL_KINDS.find((k) => k === word) ?? "other";
};

/** The createPrismaClient option that times each statement into the current request's spans (when timing is on). */
export function statementTiming(): { onStatement?: StatementObserver } {
  if (!timingEnabled()) return {};
  return {
    onStatement: (sql) => {
      const spans = currentSpans();
      return (ms) => recordSpan(`sql.${kindOf(sql)}`, ms, spans);
    },
  };
}

/** The `Server-Timing` header's value: every span with its total duration and how many times it ran. */
export function serverTimingHeader(spans: Spans): string {
  return (Object.entries(spans) as [SpanName, { ms: number; n: number }][])
    .map(([name, span]) => `${name};dur=${span.ms.toFixed(2)};desc="n=${span.n}"`)
    .join(", ");
}
