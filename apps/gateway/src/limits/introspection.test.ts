import { describe, expect, it } from "vitest";
import { parse } from "graphql";
import type { GraphQLRequestContextDidResolveOperation, BaseContext } from "@apollo/server";
import { introspectionForSignedInOnly } from "./introspection";

async function run(production: boolean, viewer: unknown, query: string): Promise<unknown> {
  const plugin = introspectionForSignedInOnly<BaseContext>(production);
  const listener = await plugin.requestDidStart?.({} as never);
  const request = { document: parse(query), contextValue: { viewer } } as unknown as GraphQLRequestContextDidResolveOperation<BaseContext>;
  return listener?.didResolveOperation?.(request).then(
    () => "ok",
    (error: Error) => error.message,
  );
}

describe("introspection only for signed-in users in production (issue 9 finding 6)", () => {
  it("refuses anonymous introspection in production, allows it signed in or outside production", async () => {
    expect(await run(true, null, "{ __schema { types { name } } }")).toBe("Sign in to read the schema");
    expect(await run(true, null, "{ councils { id } }")).toBe("ok");
    expect(await run(true, { userId: "u" }, "{ __schema { types { name } } }")).toBe("ok");
    expect(await run(false, null, '{ __type(name: "Case") { name } }')).toBe("ok");
  });
});
