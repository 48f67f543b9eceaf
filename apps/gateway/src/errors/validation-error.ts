import type { GraphQLError } from "graphql";
import { badInput } from "./gateway-error";

interface StandardIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** plugin-validation's standard-schema issues → BAD_USER_INPUT naming the first issue's field and rule. */
export function fromZodValidation(issues: ReadonlyArray<StandardIssue>): GraphQLError {
  const first = issues[0];
  if (!first) return badInput([], "invalid input");
  const path = (first.path ?? []).map((segment) => {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment;
    return typeof key === "number" ? key : String(key);
  });
  return badInput(path, first.message);
}
