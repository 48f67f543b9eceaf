import { z } from "zod";
import type { builder } from "../builder";

/**
 * The rules input fields share. Each input type names its fields' rules where it declares them (plugin-validation's
 * field-level `validate`), so a field, its description and what makes its value good are written once; the first
 * broken rule answers BAD_USER_INPUT naming the field (../errors/validation-error.ts). Lifecycle rules (what may
 * happen when) are not here: @csc/rules decides those.
 */
export const idRule = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");

/** Free text: trimmed, not empty, at most `max` characters. */
export function textRule(max: number) {
  return z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
}

/** Free text of at least `min` characters (a summary or evidence worth keeping). */
export function textBetweenRule(min: number, max: number) {
  return z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
}

export const emailRule = z.email("must be an email address").max(320);
export const phoneRule = z
  .string()
  .trim()
  .regex(/^[0-9 +()-]{6,20}$/, "must be a telephone number");

/** A list of at most `max` items (the items' own rules are their fields'). */
export function listRule(max: number, message?: string) {
  return z.array(z.unknown()).max(max, message);
}

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, "InputObject">;

/** Every change to a case names the case and the version the officer saw (optimistic locking). */
export function caseVersionFields(t: InputFields, descriptions: { caseId: string; version: string }) {
  return {
    caseId: t.id({ description: descriptions.caseId, validate: idRule }),
    version: t.int({ description: descriptions.version, validate: z.number().int().nonnegative("must be the case's current version (0 or more)") }),
  };
}
