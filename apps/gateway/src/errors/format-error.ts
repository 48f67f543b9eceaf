import type { GraphQLFormattedError } from "graphql";
import { APOLLO_CLIENT_CODES, CLIENT_ERROR_CODES } from "./gateway-error";
import { databaseFailureOf } from "./database-errors";

/**
 * Apollo wraps every validation error as GRAPHQL_VALIDATION_FAILED; the query limits' refusals keep their
 * documented code, QUERY_TOO_COMPLEX, found on the original error.
 */
function limitCodeOf(error: unknown): string | undefined {
  const original = (error as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError;
  return original?.extensions?.code === "QUERY_TOO_COMPLEX" ? "QUERY_TOO_COMPLEX" : undefined;
}

/** SERVICE_UNAVAILABLE raised on purpose (context creation while the database is down) passes as it is. */
function serviceUnavailableCodeOf(formatted: GraphQLFormattedError): string | undefined {
  return formatted.extensions?.code === "SERVICE_UNAVAILABLE" ? "SERVICE_UNAVAILABLE" : undefined;
}

/**
 * Apollo's formatError: client errors keep their code, message and safe extensions (field path); anything
 * unexpected is masked as INTERNAL_SERVER_ERROR with the request id, and never carries a stack trace or SQL.
 */
export function createFormatError(requestIdOf: (error: unknown) => string | undefined) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const code =
      limitCodeOf(error) ??
      serviceUnavailableCodeOf(formatted) ??
      (typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined);
    if (code && (CLIENT_ERROR_CODES.has(code) || APOLLO_CLIENT_CODES.has(code) || code === "SERVICE_UNAVAILABLE")) {
      const extensions: Record<string, unknown> = { code };
      if (Array.isArray(formatted.extensions?.field)) extensions.field = formatted.extensions.field;
      return {
        message: formatted.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions,
      };
    }
    const failure = databaseFailureOf(error);
    if (failure === "unique_violation") {
      return {
        message: "Somebody else changed this at the same time; reload and try again",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "CONFLICT" },
      };
    }
    if (failure === "unavailable") {
      return {
        message: "The database is unavailable; try again shortly",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    const requestId = requestIdOf(error);
    return {
      message: `Something went wrong on our side${requestId ? ` (request ${requestId})` : ""}`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(requestId ? { requestId } : {}) },
    };
  };
}
