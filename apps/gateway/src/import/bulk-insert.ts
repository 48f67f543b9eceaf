import type { CouncilTransaction } from "../db/client";
import { isoFromDate } from "@csc/rules";

/**
 * Inserts many rows into one table in a few statements: the rows travel as one JSON parameter and PostgreSQL
 * unpacks them with json_populate_recordset (typed by the table itself: enums, dates, jsonb), so an import of
 * thousands of cases costs a handful of round trips instead of Prisma's per-row work. Keys are the Prisma field
 * names (camelCase), written to their snake_case columns; `rename` names the exceptions (e.g. case_event.on is
 * occurred_on). Columns no row mentions keep their defaults. Dates are stored as calendar dates (UTC).
 */
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
const CHUNK = 5000;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One row's JSON value as text, or undefined when the key is left out (json_populate_recordset reads it as NULL). */
function jsonText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return `"${isoFromDate(value)}"`;
  return JSON.stringify(value);
}

/** One INSERT of a chunk of rows: its SQL and its one JSON parameter. */
export interface InsertStatement {
  sql: string;
  json: string;
}

/**
 * The statements that insert `rows` into `table` (one per chunk of 5,000), built in Node without the database, so
 * a writer of many batches can build the next batch's while PostgreSQL runs the last's (import-batches.ts).
 */
export function insertStatements(table: string, rows: ReadonlyArray<object>, rename: Readonly<Record<string, string>> = {}): InsertStatement[] {
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
  const list = columns.join(", ");
  const sql = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
  // Each row's JSON object written as text (no object per row built first): null values are left out, which
  // json_populate_recordset over NULL::table reads as NULL, as it read an explicit null.
  const names = columns.map((c) => `"${c}":`);
  const statements: InsertStatement[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const objects: string[] = [];
    for (const row of rows.slice(i, i + CHUNK)) {
      const record = row as Record<string, unknown>;
      let json = "";
      keys.forEach((k, j) => {
        const value = jsonText(record[k]);
        if (value !== undefined) json += `${json ? "," : ""}${names[j]}${value}`;
      });
      objects.push(`{${json}}`);
    }
    statements.push({ sql, json: `[${objects.join(",")}]` });
  }
  return statements;
}

/** Runs prepared insert statements in order; the number of rows inserted. */
export async function runInserts(tx: Pick<CouncilTransaction, "$executeRawUnsafe">, statements: readonly InsertStatement[]): Promise<number> {
  let inserted = 0;
  for (const { sql, json } of statements) inserted += await tx.$executeRawUnsafe(sql, json);
  return inserted;
}
