import { GraphQLError } from "graphql";

/**
 * The error codes a client can rely on (`extensions.code`). Anything else is masked by `formatError` as
 * INTERNAL_SERVER_ERROR with a request id, so no stack trace, SQL or personal data reaches the client.
 */
type GatewayErrorCode =
  "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "QUERY_TOO_COMPLEX" | "TOO_MANY_REQUESTS";

export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<GatewayErrorCode>([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "QUERY_TOO_COMPLEX",
  "TOO_MANY_REQUESTS",
]);

/** Codes Apollo itself raises for malformed requests; safe to show as they are. */
export const APOLLO_CLIENT_CODES: ReadonlySet<string> = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function gatewayError(code: GatewayErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Bad input: names the field (a path such as ["input", "points", 0, "summary"]) and the rule it broke. */
export function badInput(field: ReadonlyArray<string | number>, message: string): GraphQLError {
  const shown = field.length > 0 ? `${field.join(".")}: ${message}` : message;
  return gatewayError("BAD_USER_INPUT", shown, { field: [...field] });
}

/** Unknown ids and other councils' ids answer the same way, so a council cannot confirm another's records. */
export function notFound(what: string): GraphQLError {
  return gatewayError("NOT_FOUND", `${what} not found`);
}

export function forbidden(message = "Your role does not allow this"): GraphQLError {
  return gatewayError("FORBIDDEN", message);
}

export function unauthenticated(message = "Sign in first"): GraphQLError {
  // The HTTP status applies when the whole request is refused (a bad token, found while building the context).
  return gatewayError("UNAUTHENTICATED", message, { http: { status: 401 } });
}

export function conflict(message: string): GraphQLError {
  return gatewayError("CONFLICT", message);
}
