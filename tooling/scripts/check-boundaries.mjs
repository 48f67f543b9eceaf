// Checks that workspace dependencies point one way:
//   rules <- council-kit (contract) <- council-* (plugins) <- registry <- gateway ; db below gateway; admin alone.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const rank = (name) => {
  if (name.startsWith("@csc/tsconfig") || name.startsWith("@csc/eslint-config") || name.startsWith("@csc/vitest-config")) return { layer: "tooling", allowed: [] };
  if (name === "@csc/rules") return { layer: "rules", allowed: [] };
  if (name === "@csc/council-kit") return { layer: "contract", allowed: ["@csc/rules"] };
  if (name.startsWith("@csc/council-")) return { layer: "plugin", allowed: ["@csc/rules", "@csc/council-kit"] };
  if (name === "@csc/registry") return { layer: "registry", allowed: ["@csc/rules", "@csc/council-kit", "@csc/council-*"] };
  if (name === "@csc/db") return { layer: "db", allowed: ["@csc/rules"] };
  if (name === "@csc/gateway") return { layer: "gateway", allowed: ["@csc/rules", "@csc/council-kit", "@csc/registry", "@csc/db", "@csc/council-*"] };
  if (name === "@csc/admin") return { layer: "admin", allowed: [] };
  return { layer: "other", allowed: ["@csc/*"] };
};
const matches = (dep, pattern) => (pattern.endsWith("*") ? dep.startsWith(pattern.slice(0, -1)) : dep === pattern);
const tooling = new Set(["@csc/tsconfig", "@csc/eslint-config", "@csc/vitest-config"]);

const problems = [];
for (const group of ["apps", "packages", "plugins", "tooling"]) {
  if (!existsSync(group)) continue;
  for (const dir of readdirSync(group)) {
    const file = join(group, dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    const { layer, allowed } = rank(pkg.name);
    const deps = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies };
    for (const dep of Object.keys(deps).filter((d) => d.startsWith("@csc/") && !tooling.has(d))) {
      if (!allowed.some((p) => matches(dep, p))) {
        problems.push(`${pkg.name} (${layer}) may not depend on ${dep}`);
      }
    }
  }
}
if (problems.length > 0) {
  console.error(`Import boundaries broken:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("import boundaries: ok");
