import type { ViteUserConfig } from "vitest/config";

export interface PresetOptions {
  name?: string;
  coverage?: { include: string[]; thresholds?: Record<string, number> };
  testTimeout?: number;
  setupFiles?: string[];
  fileParallelism?: boolean;
  environment?: string;
  include?: string[];
}

export declare function definePreset(options?: PresetOptions): ViteUserConfig;

/** The package.json `exports` condition that names a workspace package's TypeScript source. */
export declare const SOURCE_CONDITION: "@csc/source";
