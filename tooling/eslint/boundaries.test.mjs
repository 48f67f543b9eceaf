// node --test tooling/eslint/boundaries.test.mjs (run by tooling/scripts/test.sh): the lint rule that keeps
// each layer's imports pointing one way, on source text a package might contain.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { defineConfig } from "./index.js";

const cwd = fileURLToPath(new URL(".", import.meta.url));

async function restrictedImports(layer, text) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: defineConfig({ layer, typeChecked: false }) });
  const [result] = await eslint.lintText(text, { filePath: "src/example.ts" });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

test("the gateway may not import a council plugin, statically or by subpath", async () => {
  const messages = await restrictedImports(
    "gateway",
    'import { council } from "@csc/council-somerset";\nimport { x } from "@csc/council-hartlepool/src/x";\nexport const y = [council, x];\n',
  );
  assert.equal(messages.length, 2);
  assert.match(messages[0], /gateway package may not import @csc\/council-\*/);
});

test("the gateway may import the registry, the contract, the rules and the database", async () => {
  const text = [
    'import { a } from "@csc/registry";',
    'import { b } from "@csc/council-kit";',
    'import { c } from "@csc/rules";',
    'import { d } from "@csc/db";',
    "export const all = [a, b, c, d];",
    "",
  ].join("\n");
  assert.deepEqual(await restrictedImports("gateway", text), []);
});

test("the registry may import council plugins", async () => {
  assert.deepEqual(await restrictedImports("registry", 'import { council } from "@csc/council-somerset";\nexport const x = council;\n'), []);
});
