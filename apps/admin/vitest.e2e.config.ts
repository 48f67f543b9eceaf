import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

// Browser tests: Debian's Chromium against the built app served by a running gateway on a real database.
export default defineConfig(definePreset({ name: "@csc/admin-e2e", include: ["e2e/**/*.e2e.ts"], testTimeout: 60_000, fileParallelism: false }));
