import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The PID of a PostgreSQL server still running on `dataDir` (left by a crashed gateway), or null. */
export function runningServerPid(dataDir: string): number | null {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // a stale pid file: PostgreSQL clears it itself at start
  }
  // Only a postgres process serving this folder counts (the PID may have been reused by something else).
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes("postgres")) return null;
  } catch {
    // no /proc (not Linux): trust the pid file and the signal check
  }
  return pid;
}

/** The TCP port of the server running on `dataDir` (line 4 of postmaster.pid), or null when none runs. */
export function runningServerPort(dataDir: string): number | null {
  if (runningServerPid(dataDir) === null) return null;
  try {
    const port = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops a server left running on `dataDir` by a crash (kill -9 of the gateway leaves its PostgreSQL behind):
 * fast shutdown (SIGINT), then SIGKILL if it has not gone within `timeoutMs`. Returns true when one was stopped.
 */
export async function stopStaleServer(dataDir: string, timeoutMs = 20_000): Promise<boolean> {
  const pid = runningServerPid(dataDir);
  if (pid === null) return false;
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (runningServerPid(dataDir) === null) return true;
    await sleep(200);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // gone meanwhile
  }
  return true;
}
