import type { Linter } from "eslint";

export type Layer = "rules" | "contract" | "plugin" | "registry" | "db" | "gateway" | "admin" | "tooling";
export declare function defineConfig(options: { layer: Layer; allow?: string[]; typeChecked?: boolean }): Linter.Config[];
