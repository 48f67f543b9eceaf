import { execFileSync, spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@csc/db";
import { startTestDatabase, type TestDatabase } from "@csc/db/testing";
import { listCouncils } from "@csc/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOnlyUrl, runReportCommand } from "../cli/run-report";
import { createFirstPlatformAdmin } from "../startup/create-platform-admin";

// Issue 9 finding 3 and issue 12 item 4: production and demo apart.

let db: TestDatabase;
const gatewayDir = fileURLToPath(new URL("../..", import.meta.url));

beforeAll(async () => {
  // npm start runs the build (node dist/main.js): build the gateway and the workspace packages it imports, in
  // dependency order, so this file tests what production runs (issue 15 item 1).
  execFileSync("pnpm", ["--filter", "@csc/gateway...", "run", "build"], { cwd: gatewayDir, stdio: "pipe" });
  db = await startTestDatabase();
}, 180_000);
afterAll(async () => db?.stop());

/** Starts the built gateway (`node dist/main.js`, as `npm start` does) on the test database and waits for it to listen; returns its stdout then stops it. */
async function startGatewayOn(url: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: gatewayDir,
    env: { ...process.env, DATABASE_URL: url, PORT: "0", CSC_DEMO_COUNCILS: "none", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const started = await new Promise<boolean>((resolve) => {
    // A start that hangs fails with what the gateway printed, not a bare test timeout.
    const deadline = setTimeout(() => {
      clearInterval(timer);
      resolve(false);
    }, 90_000);
    const timer = setInterval(() => {
      if (/Production mode|Demo sign-ins|nothing seeded/.test(out)) {
        clearInterval(timer);
        clearTimeout(deadline);
        resolve(true);
      }
    }, 100);
    void exited.then(() => {
      clearInterval(timer);
      clearTimeout(deadline);
      resolve(false);
    });
  });
  child.kill("SIGTERM");
  await exited;
  expect(started, out).toBe(true);
  return out;
}

describe("production mode (DATABASE_URL, NODE_ENV=production)", () => {
  it("starts with no demo councils and no demo accounts, even with CSC_DEMO_COUNCILS=none", async () => {
    const out = await startGatewayOn(db.url, { NODE_ENV: "production" });
    expect(out).toMatch(/Production mode: no demo councils or accounts/);
    expect(out).toMatch(/create-platform-admin/);
    expect(out).not.toMatch(/demo-password/);
    expect(await db.prisma.user.count()).toBe(0);
    expect(await db.prisma.user.count({ where: { email: "platform-admin@csc.example" } })).toBe(0);
    expect(await db.prisma.council.count()).toBe(0);
  }, 120_000);

  it("runs on the login role, migrating and installing the job queue through DATABASE_MIGRATION_URL (issue 9 finding 7)", async () => {
    const out = await startGatewayOn(db.gatewayUrl, { NODE_ENV: "production", DATABASE_MIGRATION_URL: db.url });
    expect(out).toMatch(/Production mode: no demo councils or accounts/);
    // pg-boss's tables were made by the owner; the login role owns nothing, there or anywhere.
    const owners = await db.prisma.$queryRawUnsafe<Array<{ owner: string; n: number }>>(
      "SELECT tableowner AS owner, count(*)::int AS n FROM pg_tables WHERE schemaname IN ('public', 'pgboss') GROUP BY tableowner",
    );
    expect(owners.map((o) => o.owner)).toEqual(["postgres"]);
  }, 120_000);

  it("pnpm report never writes to the database: no fixture import, read-only sessions", async () => {
    const council = listCouncils()[0] as string;
    const err: string[] = [];
    const code = await runReportCommand(["--council", council, "--year", "2021", "--format", "json"], {
      callerDir: tmpdir(),
      databaseUrl: db.url,
      stdout: () => undefined,
      stderr: (t) => err.push(t),
    });
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/no case records/);
    expect(await db.prisma.case.count()).toBe(0);
    expect(await db.prisma.council.count()).toBe(0);
    const readOnly = createPrismaClient(readOnlyUrl(db.url));
    try {
      await expect(readOnly.$executeRawUnsafe("CREATE TABLE report_wrote_here (id int)")).rejects.toThrow(/read-only transaction/);
    } finally {
      await readOnly.$disconnect();
    }
  });

  it("creates the first platform administrator once, with a password that follows the rules", async () => {
    await expect(
      createFirstPlatformAdmin(db.prisma, { email: "first@council.example", displayName: "First", password: "password1234" }),
    ).rejects.toThrow(/password: /);
    const id = await createFirstPlatformAdmin(db.prisma, {
      email: "first@council.example",
      displayName: "First",
      password: "a-long-private-passphrase",
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id } })).isPlatformAdmin).toBe(true);
    await expect(
      createFirstPlatformAdmin(db.prisma, { email: "second@council.example", displayName: "Second", password: "another-long-passphrase" }),
    ).rejects.toThrow(/already exists/);
    expect(await db.prisma.auditLog.count({ where: { action: "createPlatformAdmin" } })).toBe(1);
  });
});

/**
 * Runs `script` with plain node from a module file in the gateway's folder (not `-e`: a worker thread inherits the
 * flags, and `--input-type` stops a worker started from a file), as production loads the build; its output and exit code.
 */
async function runBuilt(script: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; out: string }> {
  const file = join(gatewayDir, `.build-check-${process.pid}.mjs`);
  writeFileSync(file, script);
  try {
    const run = spawn(process.execPath, [file], { cwd: gatewayDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    run.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    run.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => run.on("exit", resolve));
    return { code, out };
  } finally {
    rmSync(file, { force: true });
  }
}

describe("the build (issue 15 item 1)", () => {
  it("runs the analytics workers from dist/, without TypeScript", async () => {
    // The built package, as production loads it: plain node, no tsx, no @csc/source condition.
    const script = `
      const { createAnalyticsPool } = await import("./dist/index.js");
      const { financialYear } = await import("@csc/rules");
      const pool = createAnalyticsPool({ url: process.env.POOL_DATABASE_URL, workers: 1 });
      const answer = await pool.statistics("no-such-council", { metric: "cases_received" }, financialYear(2020)).then(
        (value) => ({ value }),
        (error) => ({ error: String(error && error.message) }),
      );
      await pool.close();
      console.log("ANSWER " + JSON.stringify(answer));
    `;
    const { code, out } = await runBuilt(script, { ...process.env, POOL_DATABASE_URL: db.url });
    expect(code, out).toBe(0);
    const answer = /ANSWER (.*)/.exec(out)?.[1] ?? "";
    expect(answer, out).not.toMatch(/Cannot find|ERR_MODULE_NOT_FOUND|Unknown file extension|worker stopped|input-type/);
    expect(answer).toMatch(/"value"|"error"/);
  }, 60_000);
});

describe("the build: the import's worker", () => {
  it("reads and derives an export in dist/import/import-worker.js, without TypeScript", async () => {
    const script = `
      const { readExport, stopImportWorker } = await import("./dist/index.js");
      const { loadCouncil } = await import("@csc/registry");
      const csv = await (await loadCouncil("hartlepool")).fixtures();
      const read = await readExport(csv, { councilId: "hartlepool", registered: true, mapping: null, storedCouncil: null });
      let derived = 0;
      for await (const batch of read.batches({ known: [], teams: [], rules: { id: "hartlepool", name: "Hartlepool", procedures: {}, localClosureDays: [] },
        asOf: "2024-03-31", adapterRules: false, dryRun: true, batchSize: 50 })) derived += batch.derived + batch.refused.length;
      await stopImportWorker();
      console.log("ANSWER " + JSON.stringify({ records: read.references.length, derived }));
    `;
    const { code, out } = await runBuilt(script);
    expect(code, out).toBe(0);
    const answer = JSON.parse(/ANSWER (.*)/.exec(out)?.[1] ?? "{}") as { records?: number; derived?: number };
    // Every record derived or refused by row (teams: none given, so a record naming a team is refused by row).
    expect(answer.records, out).toBeGreaterThan(100);
    expect(answer.derived).toBe(answer.records);
  }, 60_000);
});

describe("a start that cannot reach its database (issue 9 finding 8)", () => {
  it("fails loudly with a non-zero exit", async () => {
    const child = spawn("pnpm", ["exec", "tsx", "--conditions=@csc/source", "src/main.ts"], {
      cwd: gatewayDir,
      env: { ...process.env, DATABASE_URL: "postgresql://nobody:wrong@127.0.0.1:1/none", PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).not.toBe(0);
    expect(err).toMatch(/could not start \(database/);
  }, 60_000);
});
