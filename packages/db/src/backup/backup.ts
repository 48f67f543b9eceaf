import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { appliedMigrations, BACKUP_FORMAT, ident, listSequences, listTables, type BackupHeader } from "./catalogue";

export type BackupSummary = { file: string; tables: number; rows: number; migrations: number };

/**
 * An online, consistent backup of the whole case record to one gzip file, taken while the platform runs:
 * every table is read with COPY inside one REPEATABLE READ, READ ONLY transaction (one snapshot, so a case and
 * its events are never caught half-written), over PostgreSQL's own protocol, so no pg_dump of the server's
 * major version is needed. The schema is not dumped: the file names the migrations applied, and a restore
 * rebuilds the schema by applying exactly those (the migrations are the schema's one source).
 *
 * The file is a plain-text stream: a format line, a JSON header, then for each table a `COPY … FROM stdin;`
 * line, its rows in COPY text format and a `\.` line (the layout of pg_dump's plain format). Run as the
 * database owner (or a role with BYPASSRLS): row-level security would otherwise hide rows from COPY.
 */
export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) throw new Error("backup: the database has no migrations applied; nothing to back up");
    const tables = await listTables(client);
    const counted: BackupHeader["tables"] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident(table.name)}`);
      counted.push({ ...table, rows: Number(rows[0]?.n ?? 0) });
    }
    const version = await client.query<{ server_version: string }>("SHOW server_version");
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      takenAt: new Date().toISOString(),
      serverVersion: version.rows[0]?.server_version ?? "unknown",
      migrations,
      tables: counted,
      sequences: await listSequences(client),
    };

    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    const write = async (text: string | Buffer) => {
      if (!gzip.write(text)) await once(gzip, "drain");
    };
    await write(`-- ${BACKUP_FORMAT}\n-- ${JSON.stringify(header)}\n`);
    for (const table of counted) {
      const columns = table.columns.map(ident).join(", ");
      await write(`COPY ${ident(table.name)} (${columns}) FROM stdin;\n`);
      const rows = client.query(copyTo(`COPY (SELECT ${columns} FROM ONLY ${ident(table.name)}) TO STDOUT`));
      for await (const chunk of rows) await write(chunk as Buffer);
      await write("\\.\n");
    }
    gzip.end();
    await written;
    await client.query("COMMIT");
    await rename(partial, file);
    return { file, tables: counted.length, rows: counted.reduce((sum, t) => sum + t.rows, 0), migrations: migrations.length };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
