// The committed schema (written by `pnpm schema:write`) linted with graphql-eslint's schema rules, in `pnpm lint`:
// the recommended set, with one difference (below).
import graphql from "@graphql-eslint/eslint-plugin";

const recommended = graphql.configs["flat/schema-recommended"].rules;

export default [
  {
    files: ["schema.graphql"],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: "schema.graphql" } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...recommended,
      // Value types (figures, clocks, periods, payloads) have no identity of their own; objects that do carry `id: ID!`.
      "@graphql-eslint/strict-id-in-types": "off",
    },
  },
];
