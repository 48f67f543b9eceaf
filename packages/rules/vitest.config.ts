import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

export default defineConfig(
  definePreset({
    name: "@csc/rules",
    coverage: { include: ["src/**/*.ts", "!src/demo.ts", "!src/**/index.ts"], thresholds: { branches: 95 } },
  }),
);
