import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from "@apollo/server";
import { GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { costBudget } from "./cost-budget";
import { operationCost } from "./query-limits";

type Context = { viewer: { userId: string } | null; clientAddress?: string };

async function ask(plugin: ReturnType<typeof costBudget<Context>>, query: string, contextValue: Context): Promise<GraphQLError | null> {
  const listener = (await plugin.requestDidStart?.({} as never)) as GraphQLRequestListener<Context>;
  try {
    await listener.didResolveOperation?.({
      document: parse(query),
      operationName: undefined,
      contextValue,
    } as unknown as GraphQLRequestContextDidResolveOperation<Context>);
    return null;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

const REPORT = `{ report(councilId: "x", year: 2021) { __typename } }`;

describe("each user's query budget over time (issue 9 finding 5)", () => {
  it("charges what an operation costs, refuses past the budget with 429 and Retry-After, and refills with time", async () => {
    let now = 0;
    const cost = operationCost(parse(REPORT));
    expect(cost).toBeGreaterThan(1000);
    const plugin = costBudget<Context>({ perMinute: cost * 3, now: () => now });
    const analyst: Context = { viewer: { userId: "analyst" } };
    for (let i = 0; i < 3; i += 1) expect(await ask(plugin, REPORT, analyst)).toBeNull();
    const refused = await ask(plugin, REPORT, analyst);
    expect(refused?.extensions.code).toBe("TOO_MANY_REQUESTS");
    const http = refused?.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(Number(http.headers.get("retry-after"))).toBe(20);

    // Another user, and the same network address signed out, have their own budgets.
    expect(await ask(plugin, REPORT, { viewer: { userId: "officer" } })).toBeNull();
    expect(await ask(plugin, REPORT, { viewer: null, clientAddress: "127.0.0.1" })).toBeNull();

    now += 20_000; // a third of a minute refills one report's cost
    expect(await ask(plugin, REPORT, analyst)).toBeNull();
    expect((await ask(plugin, REPORT, analyst))?.extensions.code).toBe("TOO_MANY_REQUESTS");
  });

  it("lets an officer's ordinary requests through all day", async () => {
    let now = 0;
    const plugin = costBudget<Context>({ now: () => now });
    const officer: Context = { viewer: { userId: "officer" } };
    for (let i = 0; i < 500; i += 1) {
      now += 1_000;
      expect(await ask(plugin, `{ cases(first: 20) { edges { node { id reference status } } } }`, officer)).toBeNull();
    }
  });
});
