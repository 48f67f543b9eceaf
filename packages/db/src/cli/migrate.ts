// `pnpm --filter @csc/db migrate`: applies pending migrations to DATABASE_MIGRATION_URL (else DATABASE_URL), or to the embedded database
// (started for the purpose, then stopped). `migrate down` reverts the latest migration.
import { connectDatabase } from "../embedded";
import { migrate } from "../migrate";

async function main(): Promise<void> {
  const direction = process.argv[2] === "down" ? "down" : "up";
  const db = await connectDatabase();
  try {
    const ran = await migrate(db.url, { direction });
    console.log(ran.length === 0 ? "migrations: nothing to apply" : `migrations ${direction}: ${ran.join(", ")}`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
