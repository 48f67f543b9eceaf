// `pnpm --filter @csc/db seed`: starts the database (DATABASE_URL or embedded), migrates, seeds the demo
// councils that do not exist yet and prints the demo sign-ins (demo only).
import { createPrismaClient } from "../client";
import { startDatabase } from "../embedded";
import { seedDemo } from "../seed/seed";

async function main(): Promise<void> {
  const db = await startDatabase();
  const prisma = createPrismaClient(db.migrationUrl);
  try {
    const summary = await seedDemo(prisma);
    console.log(`seeded: ${summary.created.join(", ") || "nothing new"}; already there: ${summary.skipped.join(", ") || "none"}`);
    console.log("demo sign-ins (demo only):");
    for (const s of summary.signIns) {
      console.log(`  ${s.email.padEnd(32)} ${s.password}  ${s.councilId ?? "platform"}  ${s.roles.join(", ")}`);
    }
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
