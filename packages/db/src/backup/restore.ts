import { createReadStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrate } from "../migrate";
import { migrationNames } from "../migration-names";
import { appliedMigrations, BACKUP_FORMAT, ident, listTables, type BackupHeader } from "./catalogue";

export type RestoreOptions = {
  /** Overwrite a database that already holds the case record (its migrations are reverted first). */
  replace?: boolean;
};

export type RestoreSummary = { tables: number; rows: number; takenAt: string };

/**
 * Restores a backup made by `backupDatabase`: rebuilds the schema by applying exactly the migrations the
 * backup names, then loads every table with COPY in one transaction with triggers and foreign-key checks held
 * back until the data is whole (session_replication_role = replica, so the append-only triggers do not refuse
 * the rows they protect), sets every sequence where it was, and checks each table's row count against the
 * backup. Refuses a database that is not empty unless `replace` is set, and a backup from a newer schema.
 * Needs a superuser (the embedded database's owner), as session_replication_role does.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    const line = await lines.next();
    return line.done ? undefined : line.value;
  };
  const header = parseHeader(await next(), await next());
  const known = migrationNames();
  const unknown = header.migrations.find((name, index) => known[index] !== name);
  if (unknown) throw new Error(`restore: the backup was made by another version of the platform (migration ${unknown} is not this version's)`);

  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const existing = await appliedMigrations(client);
    if (existing.length > 0 || (await listTables(client)).length > 0) {
      if (!options.replace) throw new Error("restore: the database already holds a case record; restore with --replace to overwrite it");
      await migrate(url, { direction: "down", count: Infinity });
    }
    await migrate(url, { count: header.migrations.length });
    const applied = await appliedMigrations(client);
    if (applied.join() !== header.migrations.join()) throw new Error("restore: the schema rebuilt does not match the backup's migrations");

    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    const tables = await listTables(client);
    if (tables.length > 0) await client.query(`TRUNCATE ${tables.map((t) => ident(t.name)).join(", ")}`);
    let rows = 0;
    for (const table of header.tables) {
      const columns = table.columns.map(ident).join(", ");
      const statement = `COPY ${ident(table.name)} (${columns}) FROM stdin;`;
      const line = await next();
      if (line !== statement) throw new Error(`restore: the backup is damaged: expected the rows of ${table.name}`);
      const into = client.query(copyFrom(`COPY ${ident(table.name)} (${columns}) FROM STDIN`));
      for (let row = await next(); row !== "\\."; row = await next()) {
        if (row === undefined) throw new Error(`restore: the backup ends inside the rows of ${table.name}`);
        if (!into.write(`${row}\n`)) await once(into, "drain");
      }
      into.end();
      await finished(into);
      const counted = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident(table.name)}`);
      if (Number(counted.rows[0]?.n) !== table.rows) {
        throw new Error(`restore: ${table.name} has ${counted.rows[0]?.n ?? 0} rows, the backup ${table.rows}`);
      }
      rows += table.rows;
    }
    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [ident(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    await client.query("COMMIT");
    return { tables: header.tables.length, rows, takenAt: header.takenAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function parseHeader(formatLine: string | undefined, headerLine: string | undefined): BackupHeader {
  if (formatLine !== `-- ${BACKUP_FORMAT}` || !headerLine?.startsWith("-- ")) {
    throw new Error(`restore: not a backup of this platform (expected a ${BACKUP_FORMAT} file)`);
  }
  const header = JSON.parse(headerLine.slice(3)) as BackupHeader;
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables) || !Array.isArray(header.sequences)) {
    throw new Error("restore: the backup's header is damaged");
  }
  return header;
}
