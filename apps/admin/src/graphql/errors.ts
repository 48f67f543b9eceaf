import type { CombinedError } from "@urql/core";
import type { FieldError } from "../components/govuk";

/**
 * Turns the gateway's GraphQL errors into GOV.UK field errors. The gateway answers bad input with
 * `extensions.code = "BAD_USER_INPUT"` and `extensions.field` (the input path); `fieldMap` maps those paths
 * to the form's field ids. Anything else becomes a form-level error with a plain message.
 */
export function toFieldErrors(error: CombinedError, fieldMap: Record<string, string> = {}): FieldError[] {
  if (error.networkError) {
    return [{ field: "form", message: "The service could not be reached. Nothing you typed was lost: try again." }];
  }
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === "string" ? e.extensions.code : "";
    // The gateway sends the input path as an array (["input", "receivedOn"]); older answers as a string.
    const raw = e.extensions?.field;
    const path = Array.isArray(raw) ? raw.filter((p) => p !== "input").join(".") : typeof raw === "string" ? raw : "";
    const field = fieldMap[path] ?? fieldMap[path.split(".").pop() ?? ""] ?? "form";
    if (code === "CONFLICT") {
      return { field: "form", message: "Someone else changed this case while you were working. Reload the case to see their change." };
    }
    if (code === "FORBIDDEN") return { field: "form", message: "Your role does not allow this." };
    return { field, message: e.message };
  });
}

/** Whether the gateway answered NOT_FOUND: an id that is not the council's (or no longer exists). */
export function notFound(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions?.code === "NOT_FOUND") ?? false;
}
