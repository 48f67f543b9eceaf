import { isoDateSchema } from "@csc/rules";
import { z } from "zod";
import { builder } from "../builder";
import { FeedbackKindEnum, ProcedureEnum, StageEnum } from "./enums";

export const CaseSortEnum = builder.enumType("CaseSort", {
  values: ["RECEIVED_NEWEST", "RECEIVED_OLDEST", "DUE_SOONEST", "REFERENCE"] as const,
});

/** Filters for the cases connection; every one is optional and they combine with AND. */
export const CaseFilterInput = builder.inputType("CaseFilter", {
  fields: (t) => ({
    stage: t.field({ type: StageEnum, required: false }),
    status: t.string({ required: false }),
    teamId: t.id({ required: false }),
    officerId: t.id({ required: false }),
    kind: t.field({ type: FeedbackKindEnum, required: false }),
    procedure: t.field({ type: ProcedureEnum, required: false }),
    dueBefore: t.field({ type: "Date", required: false }),
    overdue: t.boolean({ required: false }),
    receivedFrom: t.field({ type: "Date", required: false }),
    receivedTo: t.field({ type: "Date", required: false }),
    madeByChild: t.boolean({ required: false }),
  }),
  validate: z
    .object({
      status: z.string().max(40).nullish(),
      teamId: z.string().max(64).nullish(),
      officerId: z.string().max(64).nullish(),
      dueBefore: isoDateSchema.nullish(),
      receivedFrom: isoDateSchema.nullish(),
      receivedTo: isoDateSchema.nullish(),
    })
    .passthrough()
    .refine((f) => !f.receivedFrom || !f.receivedTo || f.receivedFrom <= f.receivedTo, {
      message: "receivedFrom must not be after receivedTo",
      path: ["receivedFrom"],
    }),
});
