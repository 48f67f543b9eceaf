import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The names of every migration file (../migrations), in the order they apply: what pgmigrations lists once migrated. */
export function migrationNames(): string[] {
  return readdirSync(fileURLToPath(new URL("../migrations", import.meta.url)))
    .filter((f) => f.endsWith(".sql"))
    .map((f) => f.replace(/\.sql$/, ""))
    .sort();
}
