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

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return isoFromDate(value);
  return value ?? null;
}

export async function bulkInsert(
  tx: Pick<CouncilTransaction, "$executeRawUnsafe">,
  table: string,
  rows: ReadonlyArray<object>,
  rename: Readonly<Record<string, string>> = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined)))];
  const columns = keys.map((k) => rename[k] ?? snake(k));
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`bulkInsert: "${name}" is not a plain SQL identifier`);
  }
  const list = columns.join(", ");
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => {
      const record = row as Record<string, unknown>;
      return Object.fromEntries(keys.map((k, j) => [columns[j], jsonValue(record[k])]));
    });
    inserted += await tx.$executeRawUnsafe(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`,
      JSON.stringify(chunk),
    );
  }
  return inserted;
}
