// node --test tooling/scripts/build-package.test.mjs (run by tooling/scripts/test.sh)
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./build-package.mjs", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/build-imports-dev-dependency", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "csc-build-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture package (the build writes dist/ beside it), with its source changed by `edit`. */
function copy(name, edit = (text) => text) {
  const dir = join(work, name);
  cpSync(fixture, dir, { recursive: true });
  const index = join(dir, "src", "index.ts");
  writeFileSync(index, edit(readFileSync(index, "utf8")));
  return dir;
}

const build = (cwd) => spawnSync(process.execPath, [script], { cwd, encoding: "utf8" });

test("fails when the built code imports a package that is only a devDependency", () => {
  const run = build(copy("dev-import"));
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /dist\/index\.js imports "vitest", which is not in @csc\/build-fixture's dependencies/);
});

test("builds each export to dist/ as one ES module, its own files bundled and its dependencies left as imports", () => {
  const dir = copy("runtime-only", (text) => text.replace('export const lazy = () => import("vitest");\n', ""));
  const run = build(dir);
  assert.equal(run.status, 0, run.stderr);
  const out = readFileSync(join(dir, "dist", "index.js"), "utf8");
  assert.match(out, /from "zod"/);
  assert.doesNotMatch(out, /from "\.\/helper"/);
  assert.ok(existsSync(join(dir, "dist", "index.js.map")));
});

test("refuses an export whose built file is not where the source says", () => {
  const dir = copy("wrong-export");
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifest.exports["."].default = "./lib/index.js";
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
  const run = build(dir);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /must be \.\/dist\/index\.js/);
});

test("refuses an export that names TypeScript source without the @csc/source condition", () => {
  const dir = copy("plain-source-export");
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifest.exports["./extra"] = "./src/helper.ts";
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
  const run = build(dir);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /exports\["\.\/extra"\] is TypeScript source.*"default": "\.\/dist\/helper\.js"/);
});
