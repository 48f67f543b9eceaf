import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { operationCost } from "./query-limits";

/**
 * Each user's query budget over time (local policy of the platform, issue 9 finding 5): the cost the cost limit
 * counts (a report 1,000, a statistic 250, the national comparison 2,500, other fields 1 per row) is charged
 * to a bucket per signed-in user (per network address when signed out) holding `perMinute` units and refilled
 * continuously. An officer's day or a director's dashboards stay far inside it; a script running reports in a
 * loop is refused with TOO_MANY_REQUESTS (HTTP 429, Retry-After) until the bucket refills. A deployment may set
 * CSC_QUERY_BUDGET_PER_MINUTE. 120,000 since the case's timeline became a connection (its page size now counts):
 * an officer working quickly through a case's actions reloads the case page (about 550) dozens of times a minute.
 */
const COST_BUDGET = { perMinute: 120_000 } as const;

type Bucket = { units: number; at: number };

interface CostBudgetOptions {
  perMinute?: number;
  /** Milliseconds now (injectable for tests). */
  now?: () => number;
}

type BudgetContext = { viewer?: { userId: string } | null; clientAddress?: string };

export function costBudget<C extends BaseContext>(options: CostBudgetOptions = {}): ApolloServerPlugin<C> {
  const perMinute = options.perMinute ?? (Number(process.env.CSC_QUERY_BUDGET_PER_MINUTE) || COST_BUDGET.perMinute);
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();
  const keyOf = (context: BudgetContext) => (context.viewer ? `user:${context.viewer.userId}` : `address:${context.clientAddress ?? "unknown"}`);

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, contextValue }) {
          const cost = operationCost(document, operationName);
          const key = keyOf(contextValue as BudgetContext);
          const at = now();
          const previous = buckets.get(key) ?? { units: perMinute, at };
          const units = Math.min(perMinute, previous.units + ((at - previous.at) / 60_000) * perMinute);
          if (cost > units) {
            buckets.set(key, { units, at });
            const seconds = Math.max(1, Math.ceil(((cost - units) / perMinute) * 60));
            throw new GraphQLError(
              `This request costs ${cost} and your query budget has ${Math.floor(units)} of ${perMinute} a minute left; try again in ${seconds} seconds`,
              { extensions: { code: "TOO_MANY_REQUESTS", http: { status: 429, headers: new Map([["retry-after", String(seconds)]]) } } },
            );
          }
          buckets.set(key, { units: units - cost, at });
          // Forget users whose bucket is full again, so the map does not grow for ever.
          if (buckets.size > 10_000) {
            for (const [k, b] of buckets) if (b.units + ((at - b.at) / 60_000) * perMinute >= perMinute) buckets.delete(k);
          }
        },
      };
    },
  };
}
