/**
 * A small reader of schema.prisma: models, fields, @map/@@map, types, optionality, defaults, @@id,
 * @@unique, @@index, relations and enums. Enough to say which tables, columns, indexes and foreign keys
 * the schema expects in the database. The drift test compares this with the migrated database, because
 * `prisma migrate diff` needs a native engine these machines cannot download (see README).
 */

export type SchemaColumn = {
  field: string;
  column: string;
  /** The PostgreSQL type as information_schema names it (enums: the enum's database name). */
  sqlType: string;
  isEnum: boolean;
  nullable: boolean;
  /** The default as written in the schema, e.g. `now()`, `dbgenerated("gen_random_uuid()")`, `false`. */
  default: string | null;
};

type SchemaForeignKey = { columns: string[]; refTable: string; refColumns: string[] };

export type SchemaTable = {
  model: string;
  table: string;
  columns: SchemaColumn[];
  primaryKey: string[];
  uniques: string[][];
  indexes: string[][];
  foreignKeys: SchemaForeignKey[];
};

export type SchemaEnum = { name: string; dbName: string; values: string[] };

export type ParsedSchema = { tables: SchemaTable[]; enums: SchemaEnum[] };

type RawField = { name: string; type: string; optional: boolean; list: boolean; attributes: string };

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric",
  Json: "jsonb",
  DateTime: "timestamp without time zone",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, string> = {
  Uuid: "uuid",
  Date: "date",
  Timestamptz: "timestamp with time zone",
  Timestamp: "timestamp without time zone",
  VarChar: "character varying",
  Text: "text",
  Integer: "integer",
  SmallInt: "smallint",
  BigInt: "bigint",
  Decimal: "numeric",
  JsonB: "jsonb",
};

/** Removes `//` comments that are not inside a string literal. */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length - 1; i++) {
    const ch = line[i];
    if (ch === '"' && line[i - 1] !== "\\") inString = !inString;
    if (!inString && ch === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}

/** The argument text of `@name(...)` with balanced parentheses, or null when absent. */
function attributeArgs(text: string, name: string): string | null {
  const re = new RegExp(`${name.replace(/[.@]/g, (c) => `\\${c}`)}(?![\\w.])`, "g");
  const match = re.exec(text);
  if (!match) return null;
  let i = match.index + match[0].length;
  if (text[i] !== "(") return "";
  let depth = 0;
  let inString = false;
  const start = i + 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && text[i - 1] !== "\\") inString = !inString;
    if (inString) continue;
    if (ch === "(") depth++;
    if (ch === ")" && --depth === 0) return text.slice(start, i);
  }
  throw new Error(`schema.prisma: unbalanced parentheses after ${name} in "${text}"`);
}

function listArg(args: string, key?: string): string[] {
  const source = key ? new RegExp(`${key}\\s*:\\s*\\[([^\\]]*)\\]`).exec(args)?.[1] : /\[([^\]]*)\]/.exec(args)?.[1];
  if (source === undefined) return [];
  return source
    .split(",")
    .map((s) => s.trim().replace(/\(.*\)$/, ""))
    .filter((s) => s.length > 0);
}

function stringArg(args: string | null): string | null {
  if (args === null) return null;
  return /"([^"]*)"/.exec(args)?.[1] ?? null;
}

function blocks(source: string, keyword: "model" | "enum"): { name: string; body: string[] }[] {
  const lines = source.split("\n").map(stripComment);
  const result: { name: string; body: string[] }[] = [];
  let current: { name: string; body: string[] } | null = null;
  for (const line of lines) {
    const open = new RegExp(`^\\s*${keyword}\\s+(\\w+)\\s*\\{`).exec(line);
    if (!current && open?.[1]) {
      current = { name: open[1], body: [] };
    } else if (current && /^\s*\}/.test(line)) {
      result.push(current);
      current = null;
    } else if (current && line.trim().length > 0) {
      current.body.push(line.trim());
    }
  }
  return result;
}

function parseField(line: string): RawField {
  const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
  if (!match?.[1] || !match[2]) throw new Error(`schema.prisma: cannot read the field line "${line}"`);
  return { name: match[1], type: match[2], list: match[3] === "[]", optional: match[4] === "?", attributes: match[5] ?? "" };
}

/** Parses schema.prisma text into the tables, columns, keys and enums it expects in the database. */
export function parsePrismaSchema(source: string): ParsedSchema {
  const enums: SchemaEnum[] = blocks(source, "enum").map(({ name, body }) => ({
    name,
    dbName: stringArg(attributeArgs(body.find((l) => l.startsWith("@@map")) ?? "", "@@map")) ?? name,
    values: body.filter((l) => !l.startsWith("@@")).map((l) => l.split(/\s+/)[0] ?? ""),
  }));
  const enumByName = new Map(enums.map((e) => [e.name, e]));
  const models = blocks(source, "model");
  const tableOf = new Map(
    models.map(({ name, body }) => [name, stringArg(attributeArgs(body.find((l) => l.startsWith("@@map")) ?? "", "@@map")) ?? name]),
  );

  const tables = models.map(({ name, body }): SchemaTable => {
    const fields = body.filter((l) => !l.startsWith("@@")).map(parseField);
    const columnOf = new Map(fields.map((f) => [f.name, stringArg(attributeArgs(f.attributes, "@map")) ?? f.name]));
    const col = (field: string): string => {
      const column = columnOf.get(field);
      if (!column) throw new Error(`schema.prisma: model ${name} names an unknown field "${field}"`);
      return column;
    };
    const columns: SchemaColumn[] = [];
    const foreignKeys: SchemaForeignKey[] = [];
    const uniques: string[][] = [];
    let primaryKey: string[] = [];
    for (const f of fields) {
      if (tableOf.has(f.type)) {
        const rel = attributeArgs(f.attributes, "@relation");
        const from = rel ? listArg(rel, "fields") : [];
        if (from.length > 0 && rel) {
          foreignKeys.push({
            columns: from.map(col),
            refTable: tableOf.get(f.type) ?? f.type,
            refColumns: listArg(rel, "references").map((r) => {
              const target = models.find((m) => m.name === f.type);
              const targetField = target?.body.map((l) => (l.startsWith("@@") ? null : parseField(l))).find((x) => x?.name === r);
              return targetField ? (stringArg(attributeArgs(targetField.attributes, "@map")) ?? r) : r;
            }),
          });
        }
        continue;
      }
      const enumType = enumByName.get(f.type);
      const native = /@db\.(\w+)/.exec(f.attributes)?.[1];
      const sqlType = enumType ? enumType.dbName : native ? (NATIVE_TYPES[native] ?? native.toLowerCase()) : SCALAR_TYPES[f.type];
      if (!sqlType) throw new Error(`schema.prisma: model ${name} field ${f.name} has an unknown type ${f.type}`);
      const def = attributeArgs(f.attributes, "@default");
      columns.push({
        field: f.name,
        column: col(f.name),
        sqlType: f.list ? `${sqlType}[]` : sqlType,
        isEnum: Boolean(enumType),
        nullable: f.optional,
        default: def === null ? null : def.trim(),
      });
      if (/@id(?!\w)/.test(f.attributes)) primaryKey = [col(f.name)];
      if (/@unique(?!\w)/.test(f.attributes)) uniques.push([col(f.name)]);
    }
    const indexes: string[][] = [];
    for (const line of body.filter((l) => l.startsWith("@@"))) {
      if (line.startsWith("@@id")) primaryKey = listArg(attributeArgs(line, "@@id") ?? "").map(col);
      if (line.startsWith("@@unique")) uniques.push(listArg(attributeArgs(line, "@@unique") ?? "").map(col));
      if (line.startsWith("@@index")) indexes.push(listArg(attributeArgs(line, "@@index") ?? "").map(col));
    }
    return { model: name, table: tableOf.get(name) ?? name, columns, primaryKey, uniques, indexes, foreignKeys };
  });
  return { tables, enums };
}
