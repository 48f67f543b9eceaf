/**
 * The member of one of the schema's enums (the generated const objects in ./generated/graphql, such as `Channel`)
 * that a form's string names, or null for an empty or unknown value: radios and selects hold strings.
 */
export function enumMember<E extends Record<string, string>>(values: E, value: string | null | undefined): E[keyof E] | null {
  const members: readonly string[] = Object.values(values);
  return value !== null && value !== undefined && members.includes(value) ? (value as E[keyof E]) : null;
}

/** The members of one of the schema's enums among a form's strings (checkboxes), unknown ones left out. */
export function enumMembers<E extends Record<string, string>>(values: E, list: readonly string[]): Array<E[keyof E]> {
  return list.flatMap((value) => enumMember(values, value) ?? []);
}
