import { builder } from "../builder";

/** The input of reopenCase (what good values are: ../validation/case-lifecycle-inputs.ts). */
export const ReopenCaseInput = builder.inputType("ReopenCaseInput", {
  description: "Reopening a closed case: the date and the reason (the reason is personal data, held apart from the event log)",
  fields: (t) => ({
    caseId: t.id({ description: "The closed case to reopen" }),
    version: t.int({ description: "The version of the case the officer saw (optimistic locking)" }),
    reopenedOn: t.field({ type: "Date", description: "The day the case was reopened" }),
    reason: t.string({ description: "Why the case is reopened" }),
  }),
});
