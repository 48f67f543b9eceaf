import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Starts the real gateway (embedded PostgreSQL in a temporary folder, demo councils, the built admin app) as a
 * separate process, the way `npm start` does, and stops it afterwards. The browser tests talk to it over HTTP.
 */
export interface RunningGateway {
  url: string;
  /** The gateway's embedded PostgreSQL, for a test's own setup (e.g. a council's identity provider). */
  databaseUrl: string;
  stop(): Promise<void>;
}

const repo = resolve(import.meta.dirname, "../../..");

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

/** `councils`: which registered councils to import from their fixtures (CSC_DEMO_COUNCILS); small by default. */
export async function startGateway(councils = "hartlepool"): Promise<RunningGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), "csc-e2e-"));
  const port = await freePort();
  const pgPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), CSC_DATA_DIR: dataDir, CSC_PG_PORT: String(pgPort), CSC_DEMO_COUNCILS: councils };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(join(repo, "apps/gateway/node_modules/.bin/tsx"), ["--conditions=@csc/source", "src/main.ts"], {
    cwd: join(repo, "apps/gateway"),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the gateway exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok && output.includes("Demo sign-ins")) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the gateway did not start in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    databaseUrl: `postgresql://postgres:csc-local@127.0.0.1:${pgPort}/csc`,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once("exit", r));
        process.kill(-child.pid, "SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
        if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
