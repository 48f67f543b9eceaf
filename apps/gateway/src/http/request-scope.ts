import { AsyncLocalStorage } from "node:async_hooks";
import type { Spans } from "./request-timing";

/**
 * The request id travels with the request's async work, so error masking and logs can name it; with
 * CSC_SERVER_TIMING=1 so do its timing spans (request-timing.ts).
 */
const scope = new AsyncLocalStorage<{ requestId: string; spans?: Spans }>();

export function runInRequest<T>(requestId: string, fn: () => T, spans?: Spans): T {
  return scope.run({ requestId, ...(spans ? { spans } : {}) }, fn);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/** The current request's spans, when it is being timed. */
export function currentSpans(): Spans | undefined {
  return scope.getStore()?.spans;
}
