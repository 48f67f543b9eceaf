import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { councilTemplate } from "./council-template";

/**
 * `pnpm --filter @csc/council-kit new-council <id> [--name "…"] [--ons E10000013] [--year 2021] [--dir <folder>]`
 * writes plugins/<id>/ (or <folder>/<id>) from the template; refuses to overwrite an existing folder.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, ons: { type: "string" }, year: { type: "string" }, dir: { type: "string" } },
});
const id = positionals[0];
if (!id) {
  process.stderr.write('usage: new-council <id> [--name "North Yorkshire Council"] [--ons E10000023] [--year 2021]\n');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const folder = join(values.dir !== undefined ? resolve(values.dir) : join(root, "plugins"), id);
if (existsSync(folder)) {
  process.stderr.write(`${folder} already exists; nothing written\n`);
  process.exit(1);
}
let files: Record<string, string>;
try {
  files = councilTemplate({
    id,
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values.ons !== undefined ? { onsCode: values.ons } : {}),
    ...(values.year !== undefined ? { year: Number(values.year) } : {}),
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}; nothing written\n`);
  process.exit(2);
}
for (const [path, content] of Object.entries(files)) {
  await mkdir(dirname(join(folder, path)), { recursive: true });
  await writeFile(join(folder, path), content);
}
process.stdout.write(`wrote ${folder} (${Object.keys(files).length} files)\nnext: pnpm install; then follow its README.md\n`);
