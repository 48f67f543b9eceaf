// Shared flat ESLint config. `layer` says where the package sits in the one-way import chain:
//   rules <- contract <- plugins <- registry <- gateway   (the admin app talks HTTP only)
// A package may import only from layers below it; the rule below turns that into errors.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** @typedef {"rules" | "contract" | "plugin" | "registry" | "db" | "gateway" | "admin" | "tooling"} Layer */

/** Workspace packages each layer must never import. */
const forbidden = {
  rules: ["@csc/*"],
  contract: ["@csc/db", "@csc/gateway", "@csc/admin", "@csc/registry", "@csc/council-*"],
  plugin: ["@csc/db", "@csc/gateway", "@csc/admin", "@csc/registry", "@csc/council-*"],
  registry: ["@csc/db", "@csc/gateway", "@csc/admin"],
  db: ["@csc/gateway", "@csc/admin", "@csc/council-*", "@csc/registry"],
  // The gateway reaches councils only through @csc/registry, never a plugin directly.
  gateway: ["@csc/admin", "@csc/council-*"],
  admin: ["@csc/rules", "@csc/db", "@csc/gateway", "@csc/council-kit", "@csc/council-*", "@csc/registry"],
  tooling: [],
};

/**
 * @param {{ layer: Layer, allow?: string[] }} options
 */
export function defineConfig({ layer, allow = [] }) {
  const patterns = forbidden[layer].filter((p) => !allow.includes(p));
  return tseslint.config(
    { ignores: ["dist/**", "coverage/**", "generated/**", "node_modules/**", "**/*.d.ts"] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node } },
      rules: {
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/consistent-type-imports": "error",
        "no-console": layer === "rules" || layer === "contract" || layer === "plugin" ? "error" : "off",
        "no-restricted-imports": [
          "error",
          {
            patterns: patterns.map((group) => ({
              // "@csc/council-*" names the council plugins; the contract @csc/council-kit is not one of them.
              group: group === "@csc/council-*" ? [group, `${group}/**`, "!@csc/council-kit", "!@csc/council-kit/**"] : [group, `${group}/**`],
              message: `A ${layer} package may not import ${group}: imports point one way (rules <- contract <- plugins <- registry <- gateway).`,
            })),
          },
        ],
      },
    },
  );
}
