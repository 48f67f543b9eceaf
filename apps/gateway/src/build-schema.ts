import { lexicographicSortSchema, printSchema } from "graphql";
import type { GraphQLSchema } from "graphql";
import { builder } from "./builder";
import "./schema/index";

builder.queryType({ description: "What a signed-in person, an analyst's API key or the public may read; each field names the scope it needs" });
builder.mutationType({
  description: "What may be changed; each mutation names the scope it needs and answers BAD_USER_INPUT naming the field when a value breaks a rule",
});

let built: GraphQLSchema | null = null;

/** The gateway's GraphQL schema (built once). */
export function buildSchema(): GraphQLSchema {
  built ??= builder.toSchema();
  return built;
}

/** The schema as SDL, sorted, exactly as committed in schema.graphql. */
export function printGatewaySchema(): string {
  return printSchema(lexicographicSortSchema(buildSchema())) + "\n";
}
