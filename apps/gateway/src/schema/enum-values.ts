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
