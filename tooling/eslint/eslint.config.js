import { defineConfig } from "./index.js";

export default defineConfig({ layer: "tooling" });
