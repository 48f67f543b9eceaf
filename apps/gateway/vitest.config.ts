import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

// Each integration test file starts its own embedded PostgreSQL; on two cores run files one at a time.
// (A coverage block is given because the preset leaves `coverage: undefined` otherwise, which vitest 4 rejects.)
export default defineConfig(
  definePreset({
    name: "@csc/gateway",
    testTimeout: 60_000,
    fileParallelism: false,
    coverage: { include: ["src/**/*.ts", "!src/main.ts", "!src/cli/**"] },
  }),
);
