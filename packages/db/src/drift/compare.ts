import type { DbColumn, DbSchema } from "./introspect";
import type { ParsedSchema, SchemaColumn } from "./prisma-schema";

/**
 * Compares what schema.prisma expects with what the migrated database holds: tables, columns (type,
 * nullability, default), enums and their values, primary keys, unique and plain indexes, foreign keys.
 * Returns one readable line per difference; an empty list means they agree. Index and constraint names
 * and foreign-key actions are not compared.
 */
export function compareSchemas(expected: ParsedSchema, actual: DbSchema): string[] {
  const problems: string[] = [];
  const dbTables = new Map(actual.tables.map((t) => [t.table, t]));
  const schemaTables = new Map(expected.tables.map((t) => [t.table, t]));

  for (const name of schemaTables.keys()) {
    if (!dbTables.has(name)) problems.push(`table ${name}: in schema.prisma but not in the database`);
  }
  for (const name of dbTables.keys()) {
    if (!schemaTables.has(name)) problems.push(`table ${name}: in the database but not in schema.prisma`);
  }

  for (const [name, want] of schemaTables) {
    const have = dbTables.get(name);
    if (!have) continue;
    const dbColumns = new Map(have.columns.map((c) => [c.column, c]));
    const schemaColumns = new Set(want.columns.map((c) => c.column));
    for (const column of want.columns) {
      const dbColumn = dbColumns.get(column.column);
      if (!dbColumn) {
        problems.push(`column ${name}.${column.column}: in schema.prisma but not in the database`);
        continue;
      }
      problems.push(...compareColumn(name, column, dbColumn));
    }
    for (const column of have.columns) {
      if (!schemaColumns.has(column.column)) {
        problems.push(`column ${name}.${column.column}: in the database but not in schema.prisma`);
      }
    }

    const key = (kind: string, columns: string[]) => `${kind} (${columns.join(", ")})`;
    const wantIndexes = new Set([
      key("primary key", want.primaryKey),
      ...want.uniques.map((u) => key("unique", u)),
      ...want.indexes.map((i) => key("index", i)),
    ]);
    const haveIndexes = new Set(have.indexes.map((i) => key(i.primary ? "primary key" : i.unique ? "unique" : "index", i.columns)));
    for (const k of wantIndexes) if (!haveIndexes.has(k)) problems.push(`${name}: ${k} in schema.prisma but not in the database`);
    for (const k of haveIndexes) if (!wantIndexes.has(k)) problems.push(`${name}: ${k} in the database but not in schema.prisma`);

    const fk = (f: { columns: string[]; refTable: string; refColumns: string[] }) =>
      `foreign key (${f.columns.join(", ")}) -> ${f.refTable} (${f.refColumns.join(", ")})`;
    const wantFks = new Set(want.foreignKeys.map(fk));
    const haveFks = new Set(have.foreignKeys.map(fk));
    for (const k of wantFks) if (!haveFks.has(k)) problems.push(`${name}: ${k} in schema.prisma but not in the database`);
    for (const k of haveFks) if (!wantFks.has(k)) problems.push(`${name}: ${k} in the database but not in schema.prisma`);
  }

  const dbEnums = new Map(actual.enums.map((e) => [e.dbName, e.values]));
  for (const e of expected.enums) {
    const values = dbEnums.get(e.dbName);
    if (!values) problems.push(`enum ${e.dbName}: in schema.prisma but not in the database`);
    else if (values.join(",") !== e.values.join(",")) {
      problems.push(`enum ${e.dbName}: schema.prisma has [${e.values.join(", ")}], the database [${values.join(", ")}]`);
    }
  }
  const schemaEnums = new Set(expected.enums.map((e) => e.dbName));
  for (const e of actual.enums) {
    if (!schemaEnums.has(e.dbName)) problems.push(`enum ${e.dbName}: in the database but not in schema.prisma`);
  }
  return problems;
}

function compareColumn(table: string, want: SchemaColumn, have: DbColumn): string[] {
  const where = `column ${table}.${want.column}`;
  const problems: string[] = [];
  if (want.sqlType !== have.sqlType) {
    problems.push(`${where}: schema.prisma says ${want.sqlType}, the database ${have.sqlType}`);
  }
  if (want.nullable !== have.nullable) {
    problems.push(`${where}: schema.prisma says ${want.nullable ? "nullable" : "NOT NULL"}, the database ${have.nullable ? "nullable" : "NOT NULL"}`);
  }
  if (!defaultsAgree(want.default, have.default)) {
    problems.push(`${where}: schema.prisma default ${want.default ?? "none"}, the database default ${have.default ?? "none"}`);
  }
  return problems;
}

/** Whether a schema.prisma @default(...) and a database column default mean the same thing. */
export function defaultsAgree(schema: string | null, db: string | null): boolean {
  if (schema === null) return db === null;
  if (db === null) return false;
  if (schema === "now()") return db === "now()" || db === "CURRENT_TIMESTAMP";
  if (schema === "autoincrement()") return db.startsWith("nextval(");
  const generated = /^dbgenerated\("(.*)"\)$/.exec(schema);
  if (generated) return db === generated[1];
  const text = /^"(.*)"$/.exec(schema);
  const literal = text ? text[1] : schema;
  // Strings and enum values come back as 'value'::type; numbers and booleans as they are.
  return db === literal || db.startsWith(`'${literal}'::`);
}
