/**
 * Database failures a client can act on: the database is unreachable (503, retry later) or a unique key was taken
 * by a concurrent request (CONFLICT). Everything else stays an internal error.
 */
type DatabaseFailure = "unavailable" | "unique_violation";

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth += 1) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record.originalError ?? record.cause;
  }
}

export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  for (const link of chain(error)) {
    const code = typeof link.code === "string" ? link.code : undefined;
    const kind = typeof link.kind === "string" ? link.kind : undefined;
    const name = typeof link.name === "string" ? link.name : "";
    const message = typeof link.message === "string" ? link.message : "";
    if (code === "P2002" || code === "23505" || kind === "UniqueConstraintViolation") return "unique_violation";
    if ((code && UNAVAILABLE_CODES.has(code)) || (kind && UNAVAILABLE_KINDS.has(kind)) || name === "PrismaClientInitializationError")
      return "unavailable";
    if (/ECONNREFUSED|Connection terminated|Can't reach database server|connect ECONNREFUSED/i.test(message)) return "unavailable";
  }
  return null;
}

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 30;
