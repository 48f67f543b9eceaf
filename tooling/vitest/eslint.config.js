import { defineConfig } from "@csc/eslint-config";

export default defineConfig({ layer: "tooling" });
