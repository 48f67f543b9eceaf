import { isoDateSchema, stageSchema } from "@csc/rules";
import { z } from "zod";
import { caseChangeSchema } from "./case-inputs";

/** What good input to closeCase and reopenCase looks like (the rules decide when each is allowed). */
const reason = z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters");

export const closeCaseInputSchema = caseChangeSchema.extend({ closedOn: isoDateSchema, reason });
export const reopenCaseInputSchema = caseChangeSchema.extend({ reopenedOn: isoDateSchema, reason });

export const startStageInputSchema = caseChangeSchema.extend({
  on: isoDateSchema,
  stage: stageSchema,
  agreedBy: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").nullish(),
});

export type StartStageInput = z.input<typeof startStageInputSchema>;
export type CloseCaseInput = z.input<typeof closeCaseInputSchema>;
export type ReopenCaseInput = z.input<typeof reopenCaseInputSchema>;
