/**
 * A code of @csc/rules (or of the database) as a GraphQL enum value's name, SCREAMING_SNAKE_CASE: snake_case is upper
 * cased, camelCase is split at its capitals, a number is split from the letters before it and hyphens become
 * underscores (`partially_upheld` → `PARTIALLY_UPHELD`, `stage1` → `STAGE_1`, `currentStage` → `CURRENT_STAGE`).
 */
export function graphqlEnumName(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Za-z])([0-9])/g, "$1_$2")
    .replace(/-/g, "_")
    .toUpperCase();
}

/** A Pothos enum value: its description, and the code resolvers and services see (the internal value). */
interface CodedValue<V extends string> {
  value: V;
  description: string;
}

/**
 * Pothos enum values keyed by each code's SCREAMING_SNAKE name, each carrying the code as its internal value, so the
 * wire says `PARTIALLY_UPHELD` while resolvers and services read and return `partially_upheld`. Two codes with one name
 * would make one value unreachable, so that throws, naming both.
 */
export function codedValues<V extends string>(values: Readonly<Record<V, { description: string }>>): Record<string, CodedValue<V>> {
  const named: Record<string, CodedValue<V>> = {};
  for (const code of Object.keys(values) as V[]) {
    const name = graphqlEnumName(code);
    const taken = named[name];
    if (taken) throw new Error(`Enum codes ${JSON.stringify(taken.value)} and ${JSON.stringify(code)} are both named ${name}`);
    named[name] = { value: code, description: values[code].description };
  }
  return named;
}

/**
 * Pothos enum values from a description of each code: `values: describedValues({ upheld: "…" })` (the value is named
 * UPHELD on the wire, see codedValues). The record's type makes the descriptions exhaustive, so a value added to a
 * vocabulary in @csc/rules fails the typecheck here until it is described.
 */
export function describedValues<V extends string>(descriptions: Readonly<Record<V, string>>): Record<string, CodedValue<V>> {
  const values = {} as Record<V, { description: string }>;
  for (const code of Object.keys(descriptions) as V[]) values[code] = { description: descriptions[code] };
  return codedValues(values);
}

/**
 * A stored string as a value of a closed set (a database column typed `text` whose writers keep to the set), so it
 * can be exposed as the set's enum; a value outside the set is a broken invariant and throws, naming the set.
 */
export function memberOf<V extends string>(values: readonly V[], value: string, set: string): V {
  if ((values as readonly string[]).includes(value)) return value as V;
  throw new Error(`${JSON.stringify(value)} is not a ${set}`);
}
