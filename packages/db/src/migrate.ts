import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";

/** The folder of plain SQL migrations (`-- Up Migration` / `-- Down Migration`), applied in file-name order. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export type MigrateOptions = {
  /** "up" applies every pending migration (default); "down" reverts `count` migrations. */
  direction?: "up" | "down";
  count?: number;
  /** Receives node-pg-migrate's progress lines (default: silent). */
  log?: (message: string) => void;
};

/** Applies the SQL migrations with node-pg-migrate; returns the names of the migrations it ran. */
export async function migrate(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const direction = options.direction ?? "up";
  const ran = await runner({
    databaseUrl: url,
    dir: MIGRATIONS_DIR,
    migrationsTable: "pgmigrations",
    direction,
    count: options.count ?? (direction === "up" ? Infinity : 1),
    checkOrder: true,
    singleTransaction: true,
    log: options.log ?? (() => undefined),
  });
  return ran.map((m) => m.name);
}
