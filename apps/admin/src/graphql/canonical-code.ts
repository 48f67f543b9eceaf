import { enumMember } from "./enum-member";

/**
 * A canonical vocabulary's value travels in two forms: as a GraphQL enum value named SCREAMING_SNAKE
 * (`DECISION_MAKING`: the generated consts, what mutations take and queries give), and as the stored code
 * (`decision_making`) in String fields: a vocabulary entry's or a local choice's `canonical`, and what
 * publishVocabularyVersion takes; the session also keeps the viewer's council roles as codes (`council_admin`) for menus
 * and guards. The gateway names a snake_case code by upper-casing it (its graphqlEnumName), so
 * the two forms map one onto the other here, and only here.
 */
export function memberOfCode<E extends Record<string, string>>(values: E, code: string | null | undefined): E[keyof E] | null {
  return enumMember(values, code?.toUpperCase());
}

/** The stored code of a canonical vocabulary's enum value (`DECISION_MAKING` → `decision_making`). */
export function codeOfMember(value: string): string {
  return value.toLowerCase();
}
