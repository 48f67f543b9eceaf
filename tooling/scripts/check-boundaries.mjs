// Checks that workspace dependencies point one way:
//   rules <- council-kit (contract) <- council-* (plugins) <- registry <- gateway ; db below gateway; admin alone.
// Reads each package's package.json AND the imports in its source files (src/, scripts/, e2e/ and config files):
// a forbidden layer, or a workspace package imported without being declared, is an error.
//   node tooling/scripts/check-boundaries.mjs [repository root]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const rank = (name) => {
  if (name.startsWith("@csc/tsconfig") || name.startsWith("@csc/eslint-config") || name.startsWith("@csc/vitest-config"))
    return { layer: "tooling", allowed: [] };
  if (name === "@csc/rules") return { layer: "rules", allowed: [] };
  if (name === "@csc/council-kit") return { layer: "contract", allowed: ["@csc/rules"] };
  if (name.startsWith("@csc/council-")) return { layer: "plugin", allowed: ["@csc/rules", "@csc/council-kit"] };
  if (name === "@csc/registry") return { layer: "registry", allowed: ["@csc/rules", "@csc/council-kit", "@csc/council-*"] };
  if (name === "@csc/db") return { layer: "db", allowed: ["@csc/rules"] };
  // The gateway reaches the councils only through the registry, never a plugin directly.
  if (name === "@csc/gateway") return { layer: "gateway", allowed: ["@csc/rules", "@csc/council-kit", "@csc/registry", "@csc/db"] };
  if (name === "@csc/admin") return { layer: "admin", allowed: [] };
  return { layer: "other", allowed: ["@csc/*"] };
};
const matches = (dep, pattern) => (pattern.endsWith("*") ? dep.startsWith(pattern.slice(0, -1)) : dep === pattern);
const TOOLING = new Set(["@csc/tsconfig", "@csc/eslint-config", "@csc/vitest-config"]);
const SOURCE_FOLDERS = ["src", "scripts", "e2e"];
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP = new Set(["node_modules", "dist", "generated", "coverage", ".turbo"]);

/** A line with this marker is not read: code that runs in another package (a script a test hands to the gateway). */
export const ALLOW_MARKER = "check-boundaries: allow";

/** The workspace packages (`@csc/…`) a source text imports, re-exports, dynamically imports or requires. */
export function importedPackages(text) {
  const found = new Set();
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["'](@csc\/[a-z0-9._-]+)(?:\/[^"']*)?["']/g;
  for (const line of text.split("\n")) {
    if (line.includes(ALLOW_MARKER)) continue;
    for (const match of line.matchAll(pattern)) found.add(match[1]);
  }
  return [...found];
}

function sourceFiles(dir) {
  const files = [];
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE_FILE.test(name) && !name.endsWith(".d.ts")) files.push(path);
  }
  return files;
}

/** A package's source files: its source folders and the config files (`*.config.*`) at its root. */
export function packageSourceFiles(packageDir) {
  const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(packageDir, folder)));
  for (const name of readdirSync(packageDir)) {
    const path = join(packageDir, name);
    if (SOURCE_FILE.test(name) && name.includes(".config.") && statSync(path).isFile()) files.push(path);
  }
  return files;
}

/**
 * The boundary problems of one package: `manifest` is its package.json, `sources` its source files as
 * { path, text } (path as it should appear in the message).
 */
export function checkPackage(manifest, sources) {
  const problems = [];
  const { layer, allowed } = rank(manifest.name);
  const ok = (dep) => TOOLING.has(dep) || dep === manifest.name || allowed.some((p) => matches(dep, p));
  const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }));
  for (const dep of [...declared].filter((d) => d.startsWith("@csc/"))) {
    if (!ok(dep)) problems.push(`${manifest.name} (${layer}) may not depend on ${dep}`);
  }
  for (const { path, text } of sources) {
    for (const dep of importedPackages(text)) {
      if (!ok(dep)) problems.push(`${path}: ${manifest.name} (${layer}) may not import ${dep}`);
      else if (dep !== manifest.name && !declared.has(dep))
        problems.push(`${path}: imports ${dep}, which ${manifest.name}'s package.json does not declare`);
    }
  }
  return problems;
}

/** Every boundary problem in the repository at `root`. */
export function checkRepository(root) {
  const problems = [];
  for (const group of ["apps", "packages", "plugins", "tooling"]) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const dir of readdirSync(groupDir)) {
      const packageDir = join(groupDir, dir);
      const file = join(packageDir, "package.json");
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      const sources = packageSourceFiles(packageDir).map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));
      problems.push(...checkPackage(manifest, sources));
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkRepository(resolve(process.argv[2] ?? "."));
  if (problems.length > 0) {
    console.error(`Import boundaries broken:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log("import boundaries: ok (package.json and source imports)");
}
