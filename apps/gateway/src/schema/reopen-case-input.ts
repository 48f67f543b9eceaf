import { builder } from "../builder";
import { caseVersionFields, textRule } from "./input-rules";

/** The input of reopenCase, each field with what makes its value good. */
export const ReopenCaseInput = builder.inputType("ReopenCaseInput", {
  description: "Reopening a closed case: the date and the reason (the reason is personal data, held apart from the event log)",
  fields: (t) => ({
    ...caseVersionFields(t, { caseId: "The closed case to reopen", version: "The version of the case the officer saw (optimistic locking)" }),
    reopenedOn: t.field({ type: "Date", description: "The day the case was reopened" }),
    reason: t.string({ description: "Why the case is reopened", validate: textRule(2000) }),
  }),
});
