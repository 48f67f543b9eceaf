#!/usr/bin/env node
// Builds the workspace package in the current folder to dist/ with esbuild: one ES module per entry of its
// package.json `exports` (the "@csc/source" condition names the TypeScript source; "default" the built file),
// plus any extra entries given as arguments (e.g. src/main.ts). Every package it imports stays an import
// (nothing from node_modules or the workspace is bundled in), and the build fails when the output imports a
// package that is not one of the package's own `dependencies` or `peerDependencies`: so production needs only
// the runtime dependencies. Source maps are written beside the files for `node --enable-source-maps`.
//
//   node ../../tooling/scripts/build-package.mjs [src/extra-entry.ts ...]
import { readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";

const SOURCE = "@csc/source";
const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));

/** The source file of each export (and the built file it must become), from package.json. */
function exportEntries(manifest) {
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target !== "object" || target === null) continue;
    const source = target[SOURCE];
    const built = target.default;
    if (typeof source !== "string" || typeof built !== "string") continue;
    entries.push({ subpath, source, built });
  }
  return entries;
}

for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  if (typeof target === "string" && /\.tsx?$/.test(target)) {
    throw new Error(
      `${pkg.name} exports["${subpath}"] is TypeScript source, which node cannot run: write { "${SOURCE}": "${target}", "default": "${target.replace(/^\.\/src\//, "./dist/").replace(/\.tsx?$/, ".js")}" }`,
    );
  }
}
const entries = exportEntries(pkg);
for (const { subpath, source, built } of entries) {
  const expected = source.replace(/^\.\/src\//, "./dist/").replace(/\.tsx?$/, ".js");
  if (built !== expected) throw new Error(`${pkg.name} exports["${subpath}"].default must be ${expected} (the build of ${source})`);
}
const entryPoints = [...entries.map((e) => e.source), ...process.argv.slice(2)];
if (entryPoints.length === 0) throw new Error(`${pkg.name}: nothing to build (no "${SOURCE}" export and no entry given)`);

rmSync(join(cwd, "dist"), { recursive: true, force: true });
const result = await build({
  absWorkingDir: cwd,
  entryPoints,
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
  // Shared code goes into chunks at dist/ (the depth of src/), so `new URL("../x", import.meta.url)` still
  // points where it did from a file directly under src/.
  chunkNames: "[name]-[hash]",
});

const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const builtins = new Set(builtinModules);
const problems = new Set();
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  for (const imported of output.imports) {
    if (!imported.external) continue;
    const spec = imported.path;
    if (spec.startsWith("node:") || builtins.has(spec.split("/")[0])) continue;
    const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
    if (!allowed.has(name)) problems.add(`${relative(cwd, resolve(cwd, file))} imports "${spec}", which is not in ${pkg.name}'s dependencies`);
  }
}
if (problems.size > 0) {
  console.error([...problems].join("\n"));
  process.exit(1);
}
