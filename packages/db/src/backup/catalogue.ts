import type pg from "pg";

/** One table of the case record as a backup holds it: its name and the columns COPY reads and writes. */
export type BackupTable = { name: string; columns: string[] };

/** A sequence's position, so identifiers issued after a restore never repeat one issued before the backup. */
export type BackupSequence = { name: string; lastValue: string; isCalled: boolean };

/** What a backup file says about itself (its first line after the format line). */
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  takenAt: string;
  serverVersion: string;
  /** The migrations applied to the database backed up, in order: a restore applies exactly these. */
  migrations: string[];
  tables: (BackupTable & { rows: number })[];
  sequences: BackupSequence[];
};

export const BACKUP_FORMAT = "csc-backup/1";

/** Quotes an identifier for SQL (names come from the catalogue, never from input). */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Every ordinary table of the public schema but the migration ledger, with its writable columns. */
export async function listTables(client: pg.ClientBase): Promise<BackupTable[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(`
    SELECT c.relname AS table,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'pgmigrations'
     GROUP BY c.relname
     ORDER BY c.relname`);
  return rows.map((row) => ({ name: row.table, columns: row.columns }));
}

/** Every sequence of the public schema with its current position. */
export async function listSequences(client: pg.ClientBase): Promise<BackupSequence[]> {
  const { rows } = await client.query<{ name: string; last_value: string | null; is_called: boolean }>(`
    SELECT sequencename AS name, last_value::text AS last_value, last_value IS NOT NULL AS is_called
      FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`);
  return rows.map((row) => ({ name: row.name, lastValue: row.last_value ?? "1", isCalled: row.is_called }));
}

/** The names of the migrations applied, in the order they ran. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'pgmigrations'`);
  if (exists.rowCount === 0) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM pgmigrations ORDER BY id`);
  return rows.map((row) => row.name);
}

/**
 * A digest of every table's content (md5 of its rows in a stable order): two databases with equal digests hold
 * the same data. Used to check a restore and by the backup test.
 */
export async function tableDigests(client: pg.ClientBase): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of await listTables(client)) {
    const { rows } = await client.query<{ digest: string | null }>(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${ident(table.name)} t`,
    );
    digests[table.name] = rows[0]?.digest ?? "";
  }
  return digests;
}
