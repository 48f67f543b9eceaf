import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";
import pg from "pg";

/** The folder of plain SQL migrations (`-- Up Migration` / `-- Down Migration`), applied in file-name order. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations", import.meta.url));

export type MigrateOptions = {
  /** "up" applies every pending migration (default); "down" reverts `count` migrations (default 1). */
  direction?: "up" | "down";
  count?: number;
  /** Receives node-pg-migrate's progress lines (default: silent). */
  log?: (message: string) => void;
};

/** Applies the SQL migrations with node-pg-migrate; returns the names of the migrations it ran. */
export async function migrate(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const direction = options.direction ?? "up";
  // Our own client, closed here: the runner's own client can outlive it and crash the process when the
  // server stops later.
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const ran = await runner({
      dbClient: client,
      dir: MIGRATIONS_DIR,
      migrationsTable: "pgmigrations",
      direction,
      count: options.count ?? (direction === "up" ? Infinity : 1),
      checkOrder: true,
      singleTransaction: true,
      log: options.log ?? (() => undefined),
    });
    return ran.map((m) => m.name);
  } finally {
    await client.end();
  }
}
