import { lexicographicSortSchema, printSchema } from "graphql";
import type { GraphQLSchema } from "graphql";
import { builder } from "./builder";
import "./schema/index";

builder.queryType({});
builder.mutationType({});

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
