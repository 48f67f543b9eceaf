// Import speed alone: `pnpm --filter @csc/gateway bench:import -- --rows 10000` starts a fresh embedded
// PostgreSQL and the gateway, uploads a generated export to POST /imports/cases and follows the job (bench-import.ts) and prints one JSON line.
import { loadavg } from "node:os";
import { startImportWorker } from "../src/import/import-worker-client";
import { startHarness } from "../src/testing/harness";
import { measureImport } from "./bench-import";
import { addUser } from "./bench-users";

function rowsOf(argv: readonly string[]): number {
  const i = argv.indexOf("--rows");
  const rows = i >= 0 ? Number(argv[i + 1]) : 10_000;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows: a whole number of at least 1, not ${argv[i + 1]}`);
  return rows;
}

async function main(): Promise<void> {
  const rows = rowsOf(process.argv.slice(2));
  const h = await startHarness();
  // As the gateway does when it starts (main.ts).
  startImportWorker();
  try {
    const imported = await measureImport(h, rows, (councilId) => addUser(h.db.prisma, councilId, "admin", "council_admin"));
    console.log(JSON.stringify({ import: imported, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) }));
  } finally {
    await h.stop();
  }
}

await main();
