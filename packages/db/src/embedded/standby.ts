import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, cp, mkdir, rm, writeFile, appendFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "./free-port";
import { postgresBinary } from "./native";

const run = promisify(execFile);

/** The physical replication slot and role a standby made by startStreamingStandby uses on its primary. */
const STANDBY_SLOT = "csc_standby";
const REPLICATION_ROLE = "csc_replicator";

export type StreamingStandby = {
  /** The URL of `database` on the standby (read-only: `pg_is_in_recovery()` is true there). */
  url: string;
  port: number;
  /** Waits until the standby has replayed everything the primary has written so far. */
  catchUp(timeoutMs?: number): Promise<void>;
  /** Stops the standby, removes its folder and drops its slot on the primary. */
  stop(): Promise<void>;
};

type StandbyOptions = {
  /** The primary's superuser URL of the database the standby serves (a test database's `url`). */
  primaryUrl: string;
  /** The primary's data folder (on this machine: the base backup is a file copy). */
  primaryDataDir: string;
  /** Where the standby's data folder goes (created; removed by stop()). */
  standbyDataDir: string;
};

/** Files and folders a base backup leaves out (as pg_basebackup does): server state, not data. */
const EXCLUDED = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "pg_wal",
  "pg_replslot",
  "pg_stat_tmp",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_subtrans",
]);

/**
 * A real streaming standby of an embedded PostgreSQL on this machine. The embedded package ships no
 * pg_basebackup, so the base backup is PostgreSQL's low-level API: a replication role and a physical slot (so the
 * primary keeps the WAL from the backup's start), `pg_backup_start` in one session, a copy of the data folder,
 * `pg_backup_stop` whose label becomes the standby's `backup_label`; then `standby.signal`, `primary_conninfo`
 * and `primary_slot_name`, and the embedded `postgres` binary started on the copy. It streams WAL from the
 * primary over the replication protocol and answers read-only queries (hot standby).
 */
export async function startStreamingStandby(options: StandbyOptions): Promise<StreamingStandby> {
  const primary = new pg.Client({ connectionString: options.primaryUrl });
  await primary.connect();
  const password = randomBytes(18).toString("hex");
  const primaryUrl = new URL(options.primaryUrl);
  let child: ChildProcess | null = null;
  try {
    await primary.query(`DROP ROLE IF EXISTS ${REPLICATION_ROLE}`);
    await primary.query(`CREATE ROLE ${REPLICATION_ROLE} WITH REPLICATION LOGIN PASSWORD '${password}'`);
    await primary.query("SELECT pg_create_physical_replication_slot($1, true)", [STANDBY_SLOT]);
    await primary.query("SELECT pg_backup_start('csc-standby', true)");
    await mkdir(options.standbyDataDir, { recursive: true });
    await cp(options.primaryDataDir, options.standbyDataDir, {
      recursive: true,
      preserveTimestamps: true,
      filter: (source) => {
        const relative = source.slice(options.primaryDataDir.length + 1);
        return !EXCLUDED.has(relative) && !relative.startsWith("pg_stat_tmp/");
      },
    });
    const stopped = await primary.query<{ labelfile: string; spcmapfile: string | null }>("SELECT labelfile, spcmapfile FROM pg_backup_stop(true)");
    const backup = stopped.rows[0];
    if (!backup) throw new Error("pg_backup_stop returned no label");
    await writeFile(join(options.standbyDataDir, "backup_label"), backup.labelfile);
    if (backup.spcmapfile) await writeFile(join(options.standbyDataDir, "tablespace_map"), backup.spcmapfile);
    for (const folder of EXCLUDED) {
      if (folder.startsWith("pg_") && folder !== "pg_wal") await mkdir(join(options.standbyDataDir, folder), { recursive: true });
    }
    await mkdir(join(options.standbyDataDir, "pg_wal", "archive_status"), { recursive: true });
    await writeFile(join(options.standbyDataDir, "standby.signal"), "");
    const conninfo = `host=127.0.0.1 port=${primaryUrl.port} user=${REPLICATION_ROLE} password=${password} application_name=${STANDBY_SLOT}`;
    await appendFile(
      join(options.standbyDataDir, "postgresql.auto.conf"),
      `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${STANDBY_SLOT}'\nhot_standby = on\nhot_standby_feedback = on\n`,
    );
    await chmod(options.standbyDataDir, 0o700);
    await run("chown", ["-R", "postgres:postgres", options.standbyDataDir]);

    const port = await freePort();
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]).then(([u, g]) => [
      Number(u.stdout),
      Number(g.stdout),
    ]);
    const flags = ["-D", options.standbyDataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
    const started = spawn(postgresBinary(), flags, { uid, gid, stdio: ["ignore", "ignore", "pipe"] });
    child = started;
    await new Promise<void>((resolve, reject) => {
      let log = "";
      started.stderr?.on("data", (chunk: Buffer) => {
        log = (log + chunk.toString("utf8")).slice(-4000);
        if (log.includes("ready to accept read-only connections")) resolve();
      });
      started.once("exit", () => reject(new Error(`the standby stopped while starting:\n${log}`)));
    });
    started.stderr?.resume();

    const url = new URL(options.primaryUrl);
    url.port = String(port);
    const standbyUrl = url.toString();
    const catchUp = async (timeoutMs = 30_000) => {
      // The insert position: with synchronous_commit off (test servers) a commit may not be written yet.
      const target = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_insert_lsn()::text AS lsn")).rows[0]?.lsn;
      const standby = new pg.Client({ connectionString: standbyUrl });
      await standby.connect();
      try {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const replayed = await standby.query<{ done: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [target]);
          if (replayed.rows[0]?.done) return;
          if (Date.now() > deadline) throw new Error(`the standby did not replay up to ${target} within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await standby.end();
      }
    };
    await catchUp();
    return {
      url: standbyUrl,
      port,
      catchUp,
      async stop() {
        await new Promise<void>((resolve) => {
          if (started.exitCode !== null) return resolve();
          started.once("exit", () => resolve());
          started.kill("SIGINT");
        });
        await primary
          .query("SELECT pg_drop_replication_slot($1) FROM pg_replication_slots WHERE slot_name = $1", [STANDBY_SLOT])
          .catch(() => undefined);
        await primary.end();
        await rm(options.standbyDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child?.kill("SIGINT");
    await primary.query("SELECT pg_drop_replication_slot($1) FROM pg_replication_slots WHERE slot_name = $1", [STANDBY_SLOT]).catch(() => undefined);
    await primary.end();
    await rm(options.standbyDataDir, { recursive: true, force: true });
    throw error;
  }
}
