// Shared vitest preset: tests live beside the code (src/**/*.test.ts), a JSON report per package
// goes to <root>/.reports so the test command can print one closing line for the whole run.
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package.json `exports` condition that names a workspace package's TypeScript source. */
export const SOURCE_CONDITION = "@csc/source";

const root = resolve(fileURLToPath(import.meta.url), "../../..");

/**
 * @param {{ name?: string, coverage?: { include: string[], thresholds?: Record<string, number> }, testTimeout?: number, setupFiles?: string[], fileParallelism?: boolean, environment?: string, include?: string[] }} [options]
 */
export function definePreset(options = {}) {
  const name = options.name ?? basename(process.cwd());
  return {
    // Workspace packages export their TypeScript source under the "@csc/source" condition and the build
    // (dist/) by default: tests run on the source (the build is for production, see tooling/scripts/build-package.mjs).
    resolve: { conditions: [SOURCE_CONDITION, "module", "browser", "development|production"] },
    ssr: { resolve: { conditions: [SOURCE_CONDITION, "module", "node", "development|production"] } },
    test: {
      include: options.include ?? ["src/**/*.test.ts", "src/**/*.test.tsx"],
      environment: options.environment ?? "node",
      testTimeout: options.testTimeout ?? 20_000,
      hookTimeout: Math.max(options.testTimeout ?? 20_000, 120_000),
      fileParallelism: options.fileParallelism ?? true,
      setupFiles: options.setupFiles ?? [],
      reporters: ["default", "json"],
      outputFile: { json: resolve(root, ".reports", `${name.replace(/[@/]/g, "_")}.json`) },
      ...(options.coverage
        ? {
            coverage: {
              provider: "v8",
              include: options.coverage.include,
              exclude: ["**/*.test.ts", "**/*.test.tsx", "**/testing/**"],
              reporter: ["text-summary", "text", "json-summary"],
              thresholds: options.coverage.thresholds ?? {},
            },
          }
        : {}),
    },
  };
}
