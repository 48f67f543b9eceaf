import type { CombinedError } from "@urql/core";
import type { FieldError } from "../../components/govuk";
import { toFieldErrors } from "../../graphql/errors";

/** The gateway's refusal ("input.newPassword: must be …") as the GOV.UK message for the field ("Your new password must be …"). */
export function passwordErrors(error: CombinedError, fields: Record<string, string>, subjects: Record<string, string>): FieldError[] {
  return toFieldErrors(error, fields).map((e) => {
    const subject = subjects[e.field];
    const rule = e.message.replace(/^[\w.]+: /, "");
    return subject && rule !== e.message ? { ...e, message: `${subject} ${rule}` } : e;
  });
}
