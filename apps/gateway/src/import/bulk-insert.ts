import type { TransactionConnection } from "@csc/db";
import { isoFromDate } from "@csc/rules";

/**
 * Inserts many rows into several tables in one call: each table's rows travel as one JSON parameter and PostgreSQL
 * unpacks them with json_populate_recordset (typed by the table itself: enums, dates, jsonb) inside insert_rows
 * (migration 1769900000001), one INSERT per table in the order given, so an import of thousands of cases costs one
 * round trip a batch instead of Prisma's per-row work. Keys are the Prisma field names (camelCase), written to their
 * snake_case columns; `rename` names the exceptions (e.g. case_event.on is occurred_on). Columns no row mentions keep
 * their defaults. Dates are stored as calendar dates (UTC).
 */
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
const CHUNK = 5000;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A chunk of one table's rows made ready to insert: the table, its columns, and the rows as one JSON array. */
export interface TableRows {
  table: string;
  columns: readonly string[];
  json: string;
}

/**
 * `rows` of `table` as insert_rows takes them (one chunk per 5,000 rows), built in Node without the database, so a
 * writer of many batches can build the next batch's while PostgreSQL stores the last's (import-batches.ts). Refuses a
 * table or column name that is not a plain SQL identifier.
 */
export function tableRows(table: string, rows: ReadonlyArray<object>, rename: Readonly<Record<string, string>> = {}): TableRows[] {
  if (rows.length === 0) return [];
  const keySet = new Set<string>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) if (v !== undefined) keySet.add(k);
  }
  const keys = [...keySet];
  const columns = keys.map((k) => rename[k] ?? snake(k));
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: "${name}" is not a plain SQL identifier`);
  }
  // Each row as an object of its columns, then each chunk written by one JSON.stringify (V8's native writer: about a
  // fifth less CPU than writing each value's text and joining them, over 10,000 imported cases' rows). Null values
  // are left out, which json_populate_recordset over NULL::table reads as NULL, as it read an explicit null; dates
  // are written as the calendar dates they stand for.
  const chunks: TableRows[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const objects: Record<string, unknown>[] = [];
    for (const row of rows.slice(i, i + CHUNK)) {
      const record = row as Record<string, unknown>;
      const object: Record<string, unknown> = {};
      for (let j = 0; j < keys.length; j += 1) {
        const value = record[keys[j] as string];
        if (value === null || value === undefined) continue;
        object[columns[j] as string] = value instanceof Date ? isoFromDate(value) : value;
      }
      objects.push(object);
    }
    chunks.push({ table, columns, json: JSON.stringify(objects) });
  }
  return chunks;
}

interface InsertOptions {
  /**
   * The rows are new cases whose counted units the caller stores next in the same transaction: the invalidation
   * trigger leaves these INSERTs alone (csc.case_units_by_writer, for these INSERTs only).
   */
  unitsByWriter?: boolean;
}

/** Inserts the chunks in order (parents first) in one statement (insert_rows); the number of rows inserted. */
export async function insertRows(
  connection: Pick<TransactionConnection, "query">,
  chunks: readonly TableRows[],
  options: InsertOptions = {},
): Promise<number> {
  if (chunks.length === 0) return 0;
  const documents = chunks.map((_, i) => `$${i + 4}::json`).join(", ");
  const [result] = await connection.query<{ inserted: number }>(
    `SELECT insert_rows($1::text[], $2::text[], $3::boolean, ${documents})::int AS inserted`,
    [chunks.map((c) => c.table), chunks.map((c) => c.columns.join(",")), options.unitsByWriter ?? false, ...chunks.map((c) => c.json)],
  );
  return result?.inserted ?? 0;
}
