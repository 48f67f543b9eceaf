import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { councilTemplate } from "./council-template";
import { checkPluginLayout } from "./plugin-layout";

const pluginsDir = fileURLToPath(new URL("../../../../plugins/", import.meta.url));
const BUILT = new Set(["node_modules", "dist", "coverage", ".turbo"]);

/** Every file of a plugin folder, relative and "/" separated; the text of its TypeScript files. */
async function readPlugin(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (BUILT.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(folder, path).split("\\").join("/")] = path.endsWith(".ts") ? await readFile(path, "utf8") : "";
    }
  };
  await walk(folder);
  return files;
}

const plugins = (await readdir(pluginsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

describe("the one plugin layout", () => {
  it("is what new-council writes", () => {
    expect(checkPluginLayout(councilTemplate({ id: "north-yorkshire" }))).toEqual([]);
  });

  it("finds the five plugins", () => {
    expect(plugins.length).toBeGreaterThanOrEqual(5);
  });

  it.each(plugins)("plugins/%s keeps it (importer and layout folders, the conformance suite run)", async (plugin) => {
    expect(checkPluginLayout(await readPlugin(join(pluginsDir, plugin)))).toEqual([]);
  });

  it("refuses the old layouts, naming the path and the rule", () => {
    const files: Record<string, string> = {
      ...councilTemplate({ id: "x" }),
      "src/import/parse.ts": "",
      "lib/x.ts": "",
      "src/layout/tables/a.ts": "",
      "src/council.test.ts": "",
    };
    delete files["src/importer/index.ts"];
    expect(checkPluginLayout(files)).toEqual([
      "src/importer/index.ts: missing; every plugin has it",
      "src/import/parse.ts: src/import/ is not part of the plugin layout (src/importer/, src/layout/ or a file in src/)",
      "lib/x.ts: the folder lib/ is not part of the plugin layout (src, scripts, fixtures, published)",
      "src/layout/tables/a.ts: src/layout/ has no subfolders in the plugin layout",
      "src/*.test.ts: none runs the conformance suite (runConformanceSuite from @csc/council-kit/testing)",
    ]);
  });
});
