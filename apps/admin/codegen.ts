// GraphQL Code Generator: the admin app's types come from the gateway's committed schema.graphql and the documents
// the app writes with `graphql(...)` (src/graphql/generated/, not in git: `pnpm --filter @csc/admin generate`).
// A document that does not validate against the schema fails generation, and so the typecheck in the test command.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../gateway/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/generated/**", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as string-literal unions with a const object of their values (the canonical lists the pages offer).
        enumType: "const",
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
