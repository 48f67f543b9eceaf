import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

const require = createRequire(import.meta.url);
const preset = definePreset({
  name: "@csc/gateway",
  testTimeout: 60_000,
  // Each integration test file starts its own embedded PostgreSQL; on two cores run files one at a time.
  fileParallelism: false,
});

export default defineConfig({
  ...preset,
  // graphql 16 ships CommonJS and ESM builds. Node (and so Apollo and Pothos) load the CommonJS one; make the
  // test transform load the same, or GraphQLError and schema types come from two "realms".
  resolve: { ...preset.resolve, alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  // The gateway runs on Node: no "module" condition, whose builds are for bundlers (the AWS SDK's dist-es imports
  // files without their extensions, which Node cannot load).
  ssr: { resolve: { conditions: ["@csc/source", "node", "development|production"] } },
});
