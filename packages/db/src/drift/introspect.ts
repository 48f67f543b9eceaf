import pg from "pg";

/** What the migrated database holds, read from information_schema and pg_catalog (schema public). */
export type DbColumn = { column: string; sqlType: string; isEnum: boolean; nullable: boolean; default: string | null };
type DbIndex = { name: string; columns: string[]; unique: boolean; primary: boolean };
type DbForeignKey = { name: string; columns: string[]; refTable: string; refColumns: string[] };
export type DbTable = {
  table: string;
  columns: DbColumn[];
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
  rowLevelSecurity: boolean;
  policies: string[];
};
export type DbEnum = { dbName: string; values: string[] };
export type DbSchema = { tables: DbTable[]; enums: DbEnum[] };

/** Tables the migration library owns, not the schema. */
const IGNORED_TABLES = new Set(["pgmigrations"]);

const COLUMNS = `
  SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
  FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`;

const INDEXES = `
  SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
    array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
          WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord)::text[] AS columns
  FROM pg_index ix
  JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_class i ON i.oid = ix.indexrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public' AND t.relkind = 'r'`;

const FOREIGN_KEYS = `
  SELECT c.conname AS name, t.relname AS table_name, r.relname AS ref_table,
    array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
    array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid
  JOIN pg_class r ON r.oid = c.confrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE c.contype = 'f' AND n.nspname = 'public'`;

const TABLES = `
  SELECT c.relname AS table_name, c.relrowsecurity AS rls,
    coalesce(array(SELECT p.polname FROM pg_policy p WHERE p.polrelid = c.oid ORDER BY p.polname)::text[], '{}') AS policies
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r'`;

const ENUMS = `
  SELECT t.typname AS name, array(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname = 'public' AND t.typtype = 'e'`;

function sqlTypeOf(dataType: string, udtName: string): { sqlType: string; isEnum: boolean } {
  if (dataType === "USER-DEFINED") return { sqlType: udtName, isEnum: true };
  if (dataType === "ARRAY") return { sqlType: `${udtName.replace(/^_/, "")}[]`, isEnum: false };
  return { sqlType: dataType, isEnum: false };
}

/** Reads the tables, columns, indexes, foreign keys, row-level security and enums of schema public. */
export async function introspectDatabase(url: string): Promise<DbSchema> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One client runs one query at a time.
    const columns = await client.query(COLUMNS);
    const indexes = await client.query(INDEXES);
    const foreignKeys = await client.query(FOREIGN_KEYS);
    const tables = await client.query(TABLES);
    const enums = await client.query(ENUMS);
    const result: DbTable[] = tables.rows
      .filter((t) => !IGNORED_TABLES.has(t.table_name))
      .map((t) => ({
        table: t.table_name,
        rowLevelSecurity: t.rls,
        policies: t.policies,
        columns: columns.rows
          .filter((c) => c.table_name === t.table_name)
          .map((c) => ({
            column: c.column_name,
            ...sqlTypeOf(c.data_type, c.udt_name),
            nullable: c.is_nullable === "YES",
            default: c.column_default,
          })),
        indexes: indexes.rows
          .filter((i) => i.table_name === t.table_name)
          .map((i) => ({ name: i.index_name, columns: i.columns, unique: i.is_unique, primary: i.is_primary })),
        foreignKeys: foreignKeys.rows
          .filter((f) => f.table_name === t.table_name)
          .map((f) => ({ name: f.name, columns: f.columns, refTable: f.ref_table, refColumns: f.ref_columns })),
      }));
    return {
      tables: result.sort((a, b) => a.table.localeCompare(b.table)),
      enums: enums.rows.map((e) => ({ dbName: e.name, values: e.values })),
    };
  } finally {
    await client.end();
  }
}
