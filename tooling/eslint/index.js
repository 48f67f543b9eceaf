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

/** TypeScript files: linted with their types (each package's tsconfig.json, found by the project service). */
const typed = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];

/**
 * Rules that need types: a `switch` over a union (event types, stages, statuses) must name every member, and a
 * promise must be awaited, returned, or marked fire-and-forget with `void`.
 * @param {boolean} typeChecked
 */
function typeAware(typeChecked) {
  if (!typeChecked) return [];
  return [
    {
      files: typed,
      languageOptions: { parserOptions: { projectService: true } },
      rules: {
        // A `default:` does not make a switch over a union exhaustive: a new member must be placed by name.
        "@typescript-eslint/switch-exhaustiveness-check": "error",
        "@typescript-eslint/no-floating-promises": "error",
        // A React handler may be async (React ignores what it returns); a promise anywhere else that expects
        // void (a callback, a condition, a spread) is an error.
        "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      },
    },
  ];
}

/**
 * @param {{ layer: Layer, allow?: string[], typeChecked?: boolean }} options  `typeChecked: false` only for
 *   linting text outside any tsconfig (the boundary rule's own tests).
 */
export function defineConfig({ layer, allow = [], typeChecked = true }) {
  const patterns = forbidden[layer].filter((p) => !allow.includes(p));
  return tseslint.config(
    { ignores: ["dist/**", "coverage/**", "generated/**", "src/graphql/generated/**", "node_modules/**", "**/*.d.ts"] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    ...typeAware(typeChecked),
    {
      // The admin app runs in the browser (its public/ scripts too); everything else runs in Node.
      languageOptions: { globals: layer === "admin" ? { ...globals.browser, ...globals.node } : { ...globals.node } },
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
              // The shared tool configurations (@csc/eslint-config, @csc/vitest-config) sit outside the layers.
              group: [
                group,
                `${group}/**`,
                ...(group === "@csc/council-*" ? ["!@csc/council-kit", "!@csc/council-kit/**"] : []),
                ...(group === "@csc/*" ? ["!@csc/eslint-config", "!@csc/vitest-config"] : []),
              ],
              message: `A ${layer} package may not import ${group}: imports point one way (rules <- contract <- plugins <- registry <- gateway).`,
            })),
          },
        ],
      },
    },
  );
}
