import react from "@vitejs/plugin-react";
import { defineConfig, mergeConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

export default mergeConfig(
  defineConfig({ plugins: [react()] }),
  defineConfig(definePreset({ name: "@csc/admin", environment: "happy-dom", include: ["src/**/*.test.tsx", "src/**/*.test.ts"] })),
);
