/**
 * Pothos enum values from a description of each value: `values: describedValues({ upheld: "…" })`. The record's
 * type makes the descriptions exhaustive, so a value added to a vocabulary in @csc/rules fails the typecheck here
 * until it is described.
 */
export function describedValues<V extends string>(descriptions: Readonly<Record<V, string>>): Record<V, { description: string }> {
  const values = {} as Record<V, { description: string }>;
  for (const value of Object.keys(descriptions) as V[]) values[value] = { description: descriptions[value] };
  return values;
}

/**
 * A stored string as a value of a closed set (a database column typed `text` whose writers keep to the set), so it
 * can be exposed as the set's enum; a value outside the set is a broken invariant and throws, naming the set.
 */
export function memberOf<V extends string>(values: readonly V[], value: string, set: string): V {
  if ((values as readonly string[]).includes(value)) return value as V;
  throw new Error(`${JSON.stringify(value)} is not a ${set}`);
}
