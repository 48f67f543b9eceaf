import type { CombinedError } from "@urql/core";
import type { FieldError } from "../../components/govuk";

/**
 * The gateway's errors as GOV.UK field errors. Bad input carries `extensions.field`, the input path (e.g.
 * ["input", "entries", 2, "label"]); `fieldId` turns that path into the id of the form's input, or "form".
 */
export function settingsErrors(error: CombinedError, fieldId: (path: Array<string | number>) => string | null): FieldError[] {
  if (error.networkError) {
    return [{ field: "form", message: "The service could not be reached. Nothing you typed was lost: try again." }];
  }
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === "string" ? e.extensions.code : "";
    if (code === "FORBIDDEN") return { field: "form", message: "Your role does not allow this." };
    const path = Array.isArray(e.extensions?.field) ? (e.extensions.field as Array<string | number>) : [];
    const field = fieldId(path.filter((p) => p !== "input")) ?? "form";
    // The message names the input path (and the rules the setting, "stage1.workingDays: …") for API clients;
    // the form shows the rule itself beside the field.
    const message = e.message.replace(/^(?:[\w-]+(?:\.[\w-]+)*: )+/, "");
    return { field, message: message.charAt(0).toUpperCase() + message.slice(1) };
  });
}
