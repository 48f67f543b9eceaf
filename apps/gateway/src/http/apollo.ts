import { ApolloServer } from "@apollo/server";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { createFormatError } from "../errors/format-error";
import { databaseFailureOf, RETRY_AFTER_SECONDS } from "../errors/database-errors";
import { costBudget } from "../limits/cost-budget";
import { queryLimitRules } from "../limits/query-limits";
import { refuseNulCharacters } from "../limits/nul-characters";
import { introspectionForSignedInOnly } from "../limits/introspection";
import type { Logger } from "../log";
import { currentRequestId } from "./request-scope";
import { requestTiming } from "./timing-plugin";

/**
 * One log line per operation: id, operation name, duration and error codes. Never variables, never results,
 * never error messages (they can quote input), so no personal data reaches the logs.
 */
function requestLog<C extends BaseContext>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") continue;
            const original = error.originalError;
            // Local debugging only (CSC_DEBUG_ERRORS=1): messages can quote input, so never in normal logs.
            if (process.env.CSC_DEBUG_ERRORS === "1") process.stderr.write(`${original?.stack ?? error.message}\n`);
            logger.log("error", "graphql.unexpected", {
              requestId: currentRequestId(),
              error: original ? original.name : error.name,
              path: (error.path ?? []).map(String),
            });
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          // The database is down: 503 with a retry hint, not 200 or 500 (issue 9 finding 9).
          if ((errors ?? []).some((e) => databaseFailureOf(e) === "unavailable")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          logger.log("info", "graphql.request", {
            requestId: currentRequestId(),
            operation: operationName ?? null,
            status: response.http.status ?? 200,
            durationMs: Math.round(performance.now() - started),
            errors: codes,
          });
        },
      };
    },
  };
}

export function createApollo<C extends BaseContext>(
  schema: GraphQLSchema,
  logger: Logger,
  extraPlugins: ApolloServerPlugin<C>[] = [],
): ApolloServer<C> {
  return new ApolloServer<C>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules(),
    formatError: createFormatError(() => currentRequestId()),
    plugins: [
      requestTiming<C>(),
      requestLog<C>(logger),
      refuseNulCharacters<C>(),
      introspectionForSignedInOnly<C>(),
      costBudget<C>(),
      ...extraPlugins,
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
