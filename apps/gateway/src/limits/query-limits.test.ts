import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { LIMITS, queryLimitRules } from "./query-limits";

const schema = buildSchema(`
  type Node { id: ID!, child: Node, children(first: Int): [Node!]! }
  type Query { root: Node, list(first: Int): [Node!]! }
`);

function errorsOf(query: string) {
  return validate(schema, parse(query), queryLimitRules()).map((e) => [e.extensions.code, e.message]);
}

describe("query limits", () => {
  it("lets an ordinary query through", () => {
    expect(errorsOf("{ root { id child { id } } }")).toEqual([]);
  });

  it("refuses a query deeper than the limit, even through fragments", () => {
    const deep = "{ root { " + "child { ".repeat(LIMITS.maxDepth) + "id" + " }".repeat(LIMITS.maxDepth) + " } }";
    expect(errorsOf(deep)[0]?.[0]).toBe("QUERY_TOO_COMPLEX");
    const viaFragment = `{ root { ...F } } fragment F on Node { ${"child { ".repeat(LIMITS.maxDepth)} id ${"}".repeat(LIMITS.maxDepth)} }`;
    expect(errorsOf(viaFragment)[0]?.[0]).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses nested pages whose cost passes the limit", () => {
    const costly = "{ list(first: 100) { children(first: 100) { id } } }";
    const [code, message] = errorsOf(costly)[0] ?? [];
    expect(code).toBe("QUERY_TOO_COMPLEX");
    expect(message).toContain(`the limit is ${LIMITS.maxComplexity}`);
    expect(errorsOf("{ list(first: 10) { children(first: 10) { id } } }")).toEqual([]);
  });

  it("lets a full introspection query through (GraphiQL needs it)", () => {
    expect(errorsOf(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }))).toEqual([]);
  });
});
