import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildSchema, printGatewaySchema } from "./build-schema";

describe("the committed schema", () => {
  it("matches the built schema (run `pnpm --filter @csc/gateway schema:write` after changing a type)", () => {
    const committed = readFileSync(fileURLToPath(new URL("../schema.graphql", import.meta.url)), "utf8");
    expect(printGatewaySchema()).toBe(committed);
  });
});

describe("scope-auth on every field", () => {
  const schema = buildSchema();
  const scoped = (extensions: Record<string, unknown> | null | undefined) => {
    const options = (extensions?.pothosOptions ?? {}) as { authScopes?: unknown };
    return options.authScopes !== undefined;
  };

  it("guards every query and mutation field", () => {
    const unguarded: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (!scoped(field.extensions)) unguarded.push(`${type?.name}.${field.name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it("guards every object type (type-level scopes cover their fields)", () => {
    const unguarded = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
      .filter((type) => !["Query", "Mutation", "PageInfo"].includes(type.name))
      // A connection and its edges only wrap nodes of guarded types, reached through a guarded field.
      .filter((type) => !/Connection(Edge)?$/.test(type.name))
      .filter((type) => !scoped(type.extensions))
      .map((type) => type.name);
    expect(unguarded).toEqual([]);
  });

  it("keeps personal data behind readPersonalData", () => {
    const caseType = schema.getType("Case");
    if (!isObjectType(caseType)) throw new Error("Case is not an object type");
    for (const name of ["summary", "complainant"]) {
      const options = caseType.getFields()[name]?.extensions?.pothosOptions as { authScopes?: Record<string, boolean> };
      expect(options.authScopes).toEqual({ readPersonalData: true });
    }
  });
});
