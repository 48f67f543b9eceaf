import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { CaseStatusEnum, FeedbackKindEnum, ProcedureEnum, StageEnum } from "./enums";

export const CaseSortEnum = builder.enumType("CaseSort", {
  description: "The order to list cases in",
  values: {
    RECEIVED_NEWEST: { description: "Most recently received first" },
    RECEIVED_OLDEST: { description: "Earliest received first" },
    DUE_SOONEST: { description: "The case whose next clock falls due soonest first" },
    REFERENCE: { description: "By case reference" },
  } as const,
});

/** Filters for the cases connection; every one is optional and they combine with AND. */
export const CaseFilterInput = builder.inputType("CaseFilter", {
  description: "Filters for the case list; every one is optional and they combine with AND",
  fields: (t) => ({
    stage: t.field({ description: "Cases at this stage", type: StageEnum, required: false }),
    status: t.field({ description: "Cases with this status", type: CaseStatusEnum, required: false }),
    teamId: t.id({ description: "Cases allocated to this team", required: false }),
    officerId: t.id({ description: "Cases allocated to this officer", required: false }),
    kind: t.field({ description: "Cases of this kind of feedback", type: FeedbackKindEnum, required: false }),
    procedure: t.field({ description: "Cases running under this procedure", type: ProcedureEnum, required: false }),
    dueBefore: t.field({ description: "Cases whose next clock falls due before this day", type: "Date", required: false }),
    overdue: t.boolean({ description: "Cases with a clock running past its due date (true) or none (false)", required: false }),
    receivedFrom: t.field({ description: "Cases received on or after this day", type: "Date", required: false }),
    receivedTo: t.field({ description: "Cases received on or before this day", type: "Date", required: false }),
    madeByChild: t.boolean({ description: "Cases made by the child themselves (true) or by someone else (false)", required: false }),
    open: t.boolean({
      required: false,
      description:
        "true: cases still open (not closed, withdrawn or not considered); false: finished ones; null: both. The case lists (cases, casePage) show open cases when this is left out and no status is given; caseCounts counts every case unless it is given",
    }),
    dueWithinDays: t.int({
      required: false,
      description: "Cases whose next clock falls due from today up to this many calendar days ahead (due soon; not overdue)",
    }),
    search: t.string({
      required: false,
      description:
        "A reference, or the name or date of birth (2026-03-27 or 27/3/2026) of the complainant or the child. Names and dates of birth are searched only for roles that may read personal data (others search references), and such a search is recorded in the audit trail (never the words searched for)",
    }),
  }),
  validate: z
    .object({
      teamId: z.string().max(64).nullish(),
      officerId: z.string().max(64).nullish(),
      dueBefore: isoDateSchema.nullish(),
      receivedFrom: isoDateSchema.nullish(),
      receivedTo: isoDateSchema.nullish(),
      dueWithinDays: z.number().int().min(0, "must be 0 or more").max(365, "must be at most 365").nullish(),
      search: z.string().trim().min(2, "must be at least 2 characters").max(100, "must be at most 100 characters").nullish(),
    })
    .passthrough()
    .refine((f) => !f.receivedFrom || !f.receivedTo || f.receivedFrom <= f.receivedTo, {
      message: "receivedFrom must not be after receivedTo",
      path: ["receivedFrom"],
    }),
});
