import { defineConfig } from "vitest/config";
import { definePreset } from "@csc/vitest-config";

export default defineConfig(definePreset({ name: "@csc/council-somerset" }));
