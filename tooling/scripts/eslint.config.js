import { defineConfig } from "@csc/eslint-config";

// The scripts are plain Node ES modules (.mjs): linted without types. The fixtures are deliberate bad examples
// that the boundary and build tests feed to those scripts.
export default [{ ignores: ["fixtures/**"] }, ...defineConfig({ layer: "tooling", typeChecked: false })];
