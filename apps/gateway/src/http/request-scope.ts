import { AsyncLocalStorage } from "node:async_hooks";

/** The request id travels with the request's async work, so error masking and logs can name it. */
const scope = new AsyncLocalStorage<{ requestId: string }>();

export function runInRequest<T>(requestId: string, fn: () => T): T {
  return scope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
