import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

/** A small seeded PRNG (mulberry32), so a failing fuzz case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings that have broken servers: empty, huge, NUL, impossible and extreme dates, markup, SQL, paths. */
const HOSTILE_STRINGS = [
  "",
  " ",
  "a",
  "x".repeat(5000),
  "nul\u0000byte",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "2026-13-01",
  "1899-12-31",
  "not a date",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%",
  "../../etc/passwd",
  "ʕ•ᴥ•ʔ 😀 \u202e",
  "platform",
  "-1",
  "00000000-0000-0000-0000-000000000000",
] as const;
const PLAIN_DATES = ["2026-01-08", "2026-03-02", "2025-11-05", "2026-06-30"] as const;
const HOSTILE_INTS = [0, 1, -1, 20, 65, 2147483647, -2147483648] as const;
const HOSTILE_FLOATS = [0, -0.5, 1.5, 1e308, -1e308] as const;

type FuzzOptions = {
  random: () => number;
  /** Values for identifier fields (a field of type ID, or named …Id / id): e.g. another council's ids. */
  ids: readonly string[];
  /** false: plausible values (valid dates, short text) so a request reaches the resolver; true: hostile ones. */
  hostile: boolean;
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const isIdField = (name: string) => name === "id" || /Id$/.test(name) || /Ids$/.test(name);

/** A value of `type` (an input type of the schema) for the field `name`. */
function fuzzValue(type: GraphQLInputType, name: string, options: FuzzOptions, depth = 0): unknown {
  const { random } = options;
  if (isNonNullType(type)) return fuzzValue(type.ofType, name, options, depth);
  if (isListType(type)) {
    const length = depth > 3 ? 0 : Math.floor(random() * 3);
    return Array.from({ length }, () => fuzzValue(type.ofType, name, options, depth + 1));
  }
  if (isEnumType(type)) return pick(random, type.getValues()).name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type);
      if (!required && random() < 0.3) continue;
      if (!required && random() < 0.1) {
        value[field.name] = null;
        continue;
      }
      value[field.name] = fuzzValue(field.type, field.name, options, depth + 1);
    }
    return value;
  }
  if (isScalarType(type)) {
    if (type.name === "ID" || (type.name === "String" && isIdField(name))) {
      return options.ids.length > 0 && random() < 0.8 ? pick(random, options.ids) : pick(random, HOSTILE_STRINGS);
    }
    if (type.name === "Date") return options.hostile && random() < 0.5 ? pick(random, HOSTILE_STRINGS) : pick(random, PLAIN_DATES);
    if (type.name === "DateTime") return options.hostile && random() < 0.5 ? pick(random, HOSTILE_STRINGS) : "2026-01-08T10:00:00.000Z";
    if (type.name === "Int") return options.hostile ? pick(random, HOSTILE_INTS) : 1 + Math.floor(random() * 20);
    if (type.name === "Float") return options.hostile ? pick(random, HOSTILE_FLOATS) : random() * 100;
    if (type.name === "Boolean") return random() < 0.5;
    if (/On$|Date$|date/i.test(name)) return options.hostile && random() < 0.5 ? pick(random, HOSTILE_STRINGS) : pick(random, PLAIN_DATES);
    return options.hostile ? pick(random, HOSTILE_STRINGS) : `probe ${name}`;
  }
  return null;
}

/** Arguments for a root field: one value per argument (optional ones sometimes left out). */
export function fuzzArguments(args: readonly GraphQLArgument[], options: FuzzOptions): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of args) {
    if (!isNonNullType(arg.type) && options.random() < 0.3) continue;
    values[arg.name] = fuzzValue(arg.type, arg.name, options);
  }
  return values;
}

/**
 * A selection of `type` down to `depth` levels: every field without required arguments (leaves, and objects
 * while depth remains); abstract types and objects past the depth give `__typename`.
 */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named) || depth <= 0) return " { __typename }";
  const parts = ["__typename"];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth > 1 && isObjectType(inner)) parts.push(`${field.name}${selectionFor(field.type, depth - 1)}`);
  }
  return ` { ${parts.join(" ")} }`;
}

/** An operation calling one root field with every argument as a variable, selecting down to `depth` levels. */
export function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>, depth = 0): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = selectionFor(field.type, depth);
  return `${kind}${variables ? `(${variables})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`;
}

/** The root fields of a kind, by name. */
export function rootFields(schema: GraphQLSchema, kind: "query" | "mutation"): GraphQLField<unknown, unknown>[] {
  const root = kind === "query" ? schema.getQueryType() : schema.getMutationType();
  return root ? Object.values(root.getFields()) : [];
}
