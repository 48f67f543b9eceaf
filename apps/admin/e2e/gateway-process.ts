import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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

/** The port PostgreSQL listens on, from its postmaster.pid (line 4) in the data folder, once it has started. */
function postgresPort(dataDir: string): number | null {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/**
 * `councils`: which registered councils to import from their fixtures (CSC_DEMO_COUNCILS); small by default.
 * `today`: the gateway's fixed "today" (CSC_TODAY), so a test of dated settings gives the same answers on any day.
 */
export async function startGateway(councils = "hartlepool", options: { today?: string } = {}): Promise<RunningGateway> {
  const dataDir = mkdtempSync(join(tmpdir(), "csc-e2e-"));
  // Port 0: the gateway binds a port the OS gives it and prints its URL; its embedded PostgreSQL picks its own
  // port (trying another if that one is taken), read back from the data folder. No port is chosen here and
  // released, so nothing can take it in between (issue 15 item 6).
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", CSC_DATA_DIR: dataDir, CSC_DEMO_COUNCILS: councils };
  delete env.DATABASE_URL;
  delete env.CSC_PG_PORT;
  if (options.today) env.CSC_TODAY = options.today;
  const child: ChildProcess = spawn(join(repo, "apps/gateway/node_modules/.bin/tsx"), ["--conditions=@csc/source", "src/main.ts"], {
    cwd: join(repo, "apps/gateway"),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 120_000;
  let url = "";
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the gateway exited early:\n${output}`);
    const listening = /GraphQL gateway: (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output)?.[1];
    if (listening && output.includes("Demo sign-ins")) {
      url = listening;
      const res = await fetch(`${url}/healthz`).catch(() => null);
      if (res?.ok) break;
    }
    if (Date.now() > deadline) throw new Error(`the gateway did not start in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const pgPort = postgresPort(dataDir);
  if (pgPort === null) throw new Error(`the gateway's PostgreSQL wrote no port to ${dataDir}/postmaster.pid:\n${output}`);
  return {
    url,
    // The owner's password is generated with the data folder and kept in it (packages/db embedded/server.ts).
    databaseUrl: `postgresql://postgres:${readFileSync(join(dataDir, "csc_owner.password"), "utf8").trim()}@127.0.0.1:${pgPort}/csc`,
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

/** One GraphQL request to a running gateway, for setting up what a browser test then does; a refusal throws with its errors. */
export async function gatewayRequest<T>(gatewayUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
