import type { GraphQLError } from "graphql";
import type { z } from "zod";
import { badInput } from "./gateway-error";

type Issue = z.core.$ZodIssue;

/** Turns the first zod issue into a BAD_USER_INPUT error naming the field path and the rule. */
export function fromZodIssues(issues: ReadonlyArray<Issue>, prefix: ReadonlyArray<string | number> = []): GraphQLError {
  const first = issues[0];
  if (!first) return badInput([...prefix], "invalid input");
  const path = [...prefix, ...first.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  return badInput(path, first.message);
}
