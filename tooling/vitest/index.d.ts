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
