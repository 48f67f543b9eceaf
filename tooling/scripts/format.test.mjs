// node --test tooling/scripts/format.test.mjs (run by tooling/scripts/test.sh): the one Prettier configuration
// (.prettierrc.json, .prettierignore) is the one every file resolves, and generated or data files are left alone.
// The repository-wide check itself is `pnpm format:check` (prettier --check .).
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";

const repository = fileURLToPath(new URL("../..", import.meta.url));
const at = (path) => `${repository}${path}`;
const ignorePath = at(".prettierignore");

test("every package's source resolves the one root configuration (150 columns, double quotes, semicolons, trailing commas)", async () => {
  for (const file of [
    "packages/rules/src/index.ts",
    "apps/admin/src/main.tsx",
    "plugins/somerset/src/index.ts",
    "tooling/scripts/check-boundaries.mjs",
  ]) {
    const config = await prettier.resolveConfig(at(file), { editorconfig: false });
    assert.deepEqual(
      { printWidth: config?.printWidth, singleQuote: config?.singleQuote, semi: config?.semi, trailingComma: config?.trailingComma },
      { printWidth: 150, singleQuote: false, semi: true, trailingComma: "all" },
      file,
    );
  }
});

test("formats as the house style writes it", async () => {
  const config = await prettier.resolveConfig(at("packages/rules/src/index.ts"));
  const input = "const a = {b:'x', c:[1,2,]}\nexport function f(x:number){return x}\n";
  const output = await prettier.format(input, { ...config, filepath: at("packages/rules/src/example.ts") });
  assert.equal(output, 'const a = { b: "x", c: [1, 2] };\nexport function f(x: number) {\n  return x;\n}\n');
});

test("generated files, built output, migrations, fixtures, published figures and Markdown are ignored", async () => {
  const ignored = [
    "apps/gateway/schema.graphql",
    "pnpm-lock.yaml",
    "packages/db/migrations/1765000000000_example.sql",
    "plugins/somerset/fixtures/somerset-export.csv",
    "plugins/somerset/published/2016.json",
    "apps/gateway/dist/main.js",
    "packages/db/generated/prisma/client.ts",
    "tooling/scripts/fixtures/gateway-imports-plugin/package.json",
    "README.md",
    "packages/rules/README.md",
  ];
  for (const file of ignored) assert.equal((await prettier.getFileInfo(at(file), { ignorePath })).ignored, true, file);
  for (const file of ["packages/rules/src/index.ts", "apps/admin/src/main.tsx", "package.json"]) {
    assert.equal((await prettier.getFileInfo(at(file), { ignorePath })).ignored, false, file);
  }
});
