// @vitest-environment node
import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "./example-queries";

// The gateway's committed schema (checked against the code in the gateway's CI), as codegen reads it.
const schema = buildSchema(readFileSync(new URL("../../../../gateway/schema.graphql", import.meta.url), "utf8"));

describe("EXAMPLE_QUERIES", () => {
  it("are valid against the gateway's schema, so an analyst's first run does not fail", () => {
    for (const { title, query } of EXAMPLE_QUERIES)
      expect(
        validate(schema, parse(query)).map((e) => e.message),
        title,
      ).toEqual([]);
  });
});
