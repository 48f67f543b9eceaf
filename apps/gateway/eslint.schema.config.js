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
      // Enum values are not checked yet: most are the rules' own snake_case codes on the wire (288 of 296), a few are
      // UPPER_CASE (CaseSort, report formats, session kinds), and CaseAction's and CaseGrouping's are the mutations' and
      // Case fields' camelCase names. SCREAMING_SNAKE_CASE values mapped to the rules' codes are issue 15 work still to
      // do; every other name is held to the convention.
      "@graphql-eslint/naming-convention": [level, withoutEnumValues(naming)],
      // Value types (figures, clocks, periods, payloads) have no identity of their own; objects that do carry `id: ID!`.
      "@graphql-eslint/strict-id-in-types": "off",
    },
  },
];
