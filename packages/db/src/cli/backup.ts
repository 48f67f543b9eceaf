// `pnpm backup -- <file>`: an online, consistent backup of DATABASE_MIGRATION_URL (the owner; else DATABASE_URL), or of the platform's embedded database
// (while it runs, or started for the purpose). `pnpm restore -- <file> [--replace]` restores one.
import { resolve } from "node:path";
import { backupDatabase } from "../backup/backup";
import { restoreDatabase } from "../backup/restore";
import { connectDatabase } from "../embedded";

const USAGE = "usage: backup <file>  |  restore <file> [--replace]";

async function main(): Promise<void> {
  const [command, file, ...flags] = process.argv.slice(2);
  if ((command !== "backup" && command !== "restore") || !file) throw new Error(USAGE);
  const unknown = flags.filter((flag) => flag !== "--replace");
  if (unknown.length > 0 || (command === "backup" && flags.length > 0)) throw new Error(`unknown option ${flags.join(" ")}; ${USAGE}`);
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const db = await connectDatabase();
  try {
    if (command === "backup") {
      const summary = await backupDatabase(db.url, path);
      console.log(`backup: ${summary.rows} rows of ${summary.tables} tables (${summary.migrations} migrations) written to ${summary.file}`);
    } else {
      const summary = await restoreDatabase(db.url, path, { replace: flags.includes("--replace") });
      console.log(`restore: ${summary.rows} rows of ${summary.tables} tables restored from the backup taken ${summary.takenAt}`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
