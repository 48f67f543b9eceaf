/**
 * The one folder layout of a council plugin: what `new-council` writes and every folder under plugins/ keeps.
 *
 *   src/index.ts            the adapter: defineCouncil({...}) wiring the parts below
 *   src/importer/index.ts   the importer (parse the case system's export); its export format and row reader beside it
 *   src/layout/index.ts     the report layout; its sections and cells beside it
 *   src/*.ts                vocabularies, procedures, published exceptions and other single-file parts
 *   src/*.test.ts           tests, one of them running the conformance suite (runConformanceSuite)
 *   fixtures/               the fixture export          published/   the published figures, <year>.json
 *   scripts/                optional: the fixture generator
 */
const PLUGIN_REQUIRED_FILES = [
  "package.json",
  "README.md",
  "tsconfig.json",
  "eslint.config.js",
  "vitest.config.ts",
  "src/index.ts",
  "src/importer/index.ts",
  "src/layout/index.ts",
] as const;

/** The only folders a plugin has at its top (besides build output) and inside src/. */
const PLUGIN_FOLDERS = ["src", "scripts", "fixtures", "published"] as const;
const PLUGIN_SOURCE_FOLDERS = ["importer", "layout"] as const;

/** Folders that are built or installed, not written: never part of the layout. */
const BUILT = new Set(["node_modules", "dist", "coverage", ".turbo", "generated"]);

/**
 * The problems with a plugin folder's layout, each naming the path and the rule; none when it keeps the layout.
 * `files` maps each path (relative to the plugin folder, "/" separated) to its text (only tests' text is read).
 */
export function checkPluginLayout(files: Readonly<Record<string, string>>): string[] {
  const paths = Object.keys(files).filter((p) => !BUILT.has(p.split("/")[0] ?? ""));
  const problems: string[] = [];
  for (const required of PLUGIN_REQUIRED_FILES) {
    if (!paths.includes(required)) problems.push(`${required}: missing; every plugin has it`);
  }
  for (const folder of ["fixtures", "published"]) {
    if (!paths.some((p) => p.startsWith(`${folder}/`))) problems.push(`${folder}/: missing or empty; every plugin has it`);
  }
  const folders = new Set<string>(PLUGIN_FOLDERS);
  const sourceFolders = new Set<string>(PLUGIN_SOURCE_FOLDERS);
  for (const path of paths) {
    const parts = path.split("/");
    if (parts.length > 1 && !folders.has(parts[0] ?? "")) {
      problems.push(`${path}: the folder ${parts[0]}/ is not part of the plugin layout (${PLUGIN_FOLDERS.join(", ")})`);
    } else if (parts[0] === "src" && parts.length > 2 && !sourceFolders.has(parts[1] ?? "")) {
      problems.push(`${path}: src/${parts[1]}/ is not part of the plugin layout (src/importer/, src/layout/ or a file in src/)`);
    } else if (parts[0] === "src" && parts.length > 3) {
      problems.push(`${path}: src/${parts[1]}/ has no subfolders in the plugin layout`);
    }
  }
  const conformance = paths.some((p) => /^src\/[^/]+\.test\.ts$/.test(p) && (files[p] ?? "").includes("runConformanceSuite("));
  if (!conformance) problems.push("src/*.test.ts: none runs the conformance suite (runConformanceSuite from @csc/council-kit/testing)");
  return [...new Set(problems)];
}
