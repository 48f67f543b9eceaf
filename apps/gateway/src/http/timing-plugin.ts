import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { currentSpans } from "./request-scope";
import { recordSpan } from "./request-timing";

/**
 * Apollo's phases as timing spans (CSC_SERVER_TIMING=1; request-timing.ts): parse, validate, plan (from the end of
 * validation to the start of execution: operation resolution and the plugins' checks, the cost limit's included)
 * and execute (the resolvers). Apollo's own serialisation is what the `apollo` span holds beyond these and the session.
 */
export function requestTiming<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const spans = currentSpans();
      if (!spans) return {};
      let validated = 0;
      const phase = (name: "parse" | "validate") => {
        const started = performance.now();
        return async () => {
          validated = performance.now();
          recordSpan(name, validated - started, spans);
        };
      };
      return {
        async parsingDidStart() {
          return phase("parse");
        },
        async validationDidStart() {
          return phase("validate");
        },
        async executionDidStart() {
          const started = performance.now();
          if (validated > 0) recordSpan("plan", started - validated, spans);
          return {
            async executionDidEnd() {
              recordSpan("execute", performance.now() - started, spans);
            },
          };
        },
      };
    },
  };
}
