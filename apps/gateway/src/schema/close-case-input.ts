import { builder } from "../builder";

/** The input of closeCase (what good values are: ../validation/case-lifecycle-inputs.ts). */
export const CloseCaseInput = builder.inputType("CloseCaseInput", {
  description: "Closing a case: the date and the reason (the reason is personal data, held apart from the event log)",
  fields: (t) => ({
    caseId: t.id({ description: "The case to close" }),
    version: t.int({ description: "The version of the case the officer saw (optimistic locking)" }),
    closedOn: t.field({ type: "Date", description: "The day the case was closed" }),
    reason: t.string({ description: "Why the case is closed" }),
  }),
});
