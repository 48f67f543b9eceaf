// node --test tooling/scripts/check-boundaries.test.mjs (run by tooling/scripts/test.sh)
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkPackage, checkRepository, importedPackages } from "./check-boundaries.mjs";

const script = fileURLToPath(new URL("./check-boundaries.mjs", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/gateway-imports-plugin", import.meta.url));
const repository = fileURLToPath(new URL("../..", import.meta.url));
const gateway = { name: "@csc/gateway", dependencies: { "@csc/registry": "workspace:*", "@csc/council-kit": "workspace:*" } };

test("reads static, dynamic, re-exported and required workspace imports, and skips allowed lines", () => {
  const text = [
    'import { a } from "@csc/rules";',
    'import type { B } from "@csc/council-kit/testing";',
    'export * from "@csc/db";',
    'const c = await import("@csc/council-somerset");',
    'const d = require("@csc/registry");',
    'import "@csc/council-hartlepool";',
    'const e = await import("@csc/admin"); // check-boundaries: allow (a script another package runs)',
    '// `import("@csc/council-<id>")` in a comment names no package',
  ].join("\n");
  assert.deepEqual(importedPackages(text).sort(), [
    "@csc/council-hartlepool",
    "@csc/council-kit",
    "@csc/council-somerset",
    "@csc/db",
    "@csc/registry",
    "@csc/rules",
  ]);
});

test("the gateway may import the registry and the contract, never a council plugin", () => {
  assert.deepEqual(checkPackage(gateway, [{ path: "ok.ts", text: 'import { listCouncils } from "@csc/registry";' }]), []);
  const problems = checkPackage(gateway, [{ path: "leak.ts", text: 'import { council } from "@csc/council-somerset";' }]);
  assert.deepEqual(problems, ["leak.ts: @csc/gateway (gateway) may not import @csc/council-somerset"]);
  const declared = checkPackage({ ...gateway, dependencies: { ...gateway.dependencies, "@csc/council-somerset": "workspace:*" } }, []);
  assert.deepEqual(declared, ["@csc/gateway (gateway) may not depend on @csc/council-somerset"]);
});

test("a workspace import the package.json does not declare is an error", () => {
  const problems = checkPackage(gateway, [{ path: "x.ts", text: 'import { x } from "@csc/db";' }]);
  assert.deepEqual(problems, ["x.ts: imports @csc/db, which @csc/gateway's package.json does not declare"]);
});

test("fails on a repository whose gateway source imports a plugin (fixture), with a non-zero exit", () => {
  const problems = checkRepository(fixture);
  assert.ok(
    problems.some((p) => p.includes("apps/gateway/src/leak.ts") && p.includes("may not import @csc/council-somerset")),
    problems.join("\n"),
  );
  assert.ok(
    problems.some((p) => p.includes("may not import @csc/council-hartlepool")),
    problems.join("\n"),
  );
  const run = spawnSync(process.execPath, [script, fixture], { encoding: "utf8" });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /Import boundaries broken/);
});

test("this repository keeps its boundaries", () => {
  assert.deepEqual(checkRepository(repository), []);
});
