import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

// Each test file starts its own embedded PostgreSQL; two cores, so files run one at a time.
export default defineConfig(definePreset({ name: "@csc/db", testTimeout: 60_000, fileParallelism: false }));
