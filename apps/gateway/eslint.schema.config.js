// The committed schema (written by `pnpm schema:write`) linted with graphql-eslint's schema rules, in `pnpm lint`:
// the recommended set, with two differences that say where the schema still falls short of issue 15 item 3.
import graphql from "@graphql-eslint/eslint-plugin";

const recommended = graphql.configs["flat/schema-recommended"].rules;
const [level, naming] = recommended["@graphql-eslint/naming-convention"];
const withoutEnumValues = ({ EnumValueDefinition: _enumValues, ...rest }) => rest;

export default [
  {
    files: ["schema.graphql"],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: "schema.graphql" } } },
    plugins: { "@graphql-eslint": graphql },
    rules: {
      ...recommended,
      // Enum values are not checked here yet: 32 enums name their values SCREAMING_SNAKE_CASE with the rules' codes
      // as internal values (schema/enum-values.ts), 15 still put the stored codes on the wire until their clients
      // move (issue 15). src/schema/enum-value-names.test.ts holds every other enum to SCREAMING_SNAKE_CASE and lists
      // the 15; when it is empty this exception goes. Every other name is held to the convention.
      "@graphql-eslint/naming-convention": [level, withoutEnumValues(naming)],
      // Value types (figures, clocks, periods, payloads) have no identity of their own; objects that do carry `id: ID!`.
      "@graphql-eslint/strict-id-in-types": "off",
    },
  },
];
