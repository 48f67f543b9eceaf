import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

export default defineConfig(
  definePreset({ name: "@csc/council-gloucestershire", testTimeout: 120_000, include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] }),
);
