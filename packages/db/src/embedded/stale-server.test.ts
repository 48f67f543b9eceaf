import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runningServerPid } from "./stale-server";
import { startEmbeddedServer } from "./server";

// Issue 9 finding 8: after kill -9 of the process that started it, the embedded PostgreSQL kept running and the
// next start failed silently. A child process starts a server and is killed with SIGKILL; the next start in this
// process finds the orphan, stops it and starts cleanly on the same data.

let root = "";
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const here = fileURLToPath(new URL(".", import.meta.url));

describe("a server left by a crash (issue 9 finding 8)", () => {
  it("is detected and stopped at the next start, which then serves the same data", async () => {
    root = await mkdtemp(join(tmpdir(), "csc-stale-"));
    await chmod(root, 0o755);
    const dataDir = join(root, "data");
    const script = `
      import { startEmbeddedServer } from ${JSON.stringify(join(here, "server.ts"))};
      const s = await startEmbeddedServer({ dataDir: ${JSON.stringify(dataDir)}, persistent: true, fast: true });
      await s.ensureDatabase("crash_test");
      console.log("READY " + s.port);
      setInterval(() => undefined, 1000);
    `;
    // One process (node with tsx's loader), so SIGKILL leaves exactly what a crashed gateway leaves: its PostgreSQL.
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: join(here, "../.."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        const match = /READY (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      child.on("exit", () => reject(new Error("the child exited before its server started")));
    });
    expect(port).toBeGreaterThan(0);
    const orphan = runningServerPid(dataDir);
    expect(orphan).not.toBeNull();
    // kill -9 the whole child tree's parent: PostgreSQL survives it, as after a crash.
    process.kill(child.pid as number, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runningServerPid(dataDir)).toBe(orphan);

    const server = await startEmbeddedServer({ dataDir, persistent: true, fast: true });
    try {
      const client = new pg.Client({ connectionString: server.urlFor("crash_test") });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows[0]).toEqual({ one: 1 });
      await client.end();
      expect(runningServerPid(dataDir)).not.toBe(orphan);
    } finally {
      await server.stop();
    }
    expect(runningServerPid(dataDir)).toBeNull();
  }, 120_000);
});
