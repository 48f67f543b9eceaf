import { builder } from "../builder";
import { caseVersionFields, textRule } from "./input-rules";

/** The input of closeCase, each field with what makes its value good. */
export const CloseCaseInput = builder.inputType("CloseCaseInput", {
  description: "Closing a case: the date and the reason (the reason is personal data, held apart from the event log)",
  fields: (t) => ({
    ...caseVersionFields(t, { caseId: "The case to close", version: "The version of the case the officer saw (optimistic locking)" }),
    closedOn: t.field({ type: "Date", description: "The day the case was closed" }),
    reason: t.string({ description: "Why the case is closed", validate: textRule(2000) }),
  }),
});
