import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

export default defineConfig(
  definePreset({
    name: "@csc/council-kit",
    coverage: {
      include: ["src/**/*.ts", "!src/index.ts", "!src/**/index.ts", "!src/generator/new-council-cli.ts"],
      thresholds: { statements: 95, branches: 85, functions: 95, lines: 95 },
    },
  }),
);
