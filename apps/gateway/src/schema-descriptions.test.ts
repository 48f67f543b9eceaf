import { describe, expect, it } from "vitest";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { buildSchema } from "./build-schema";
import { undescribedElements } from "./schema-descriptions";

describe("a schema people can read", () => {
  it("describes every type, field, argument, input field and enum value", () => {
    expect(undescribedElements(buildSchema())).toEqual([]);
  });

  it("finds an element without a description (the check can fail)", () => {
    const query = new GraphQLObjectType({
      name: "Query",
      description: "described",
      fields: { bare: { type: GraphQLString, args: { on: { type: GraphQLString } } } },
    });
    expect(undescribedElements(new GraphQLSchema({ query }))).toEqual(["Query.bare", "Query.bare(on:)"]);
  });
});
