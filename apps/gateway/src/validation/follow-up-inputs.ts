import { z } from "zod";
import { codeSectionIdSchema, CODE_COMPLIANCE, isoDateSchema, recommendationSourceSchema, recommendationStatusSchema } from "@csc/rules";

/**
 * zod schemas for the follow-up mutations: recommendations (from Stage 2, the review panel or the Ombudsman) and
 * the council's self-assessment against the LGSCO Complaint Handling Code. The vocabularies come from @csc/rules.
 */
const id = z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters");
const text = (min: number, max: number) =>
  z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
const year = z.number().int("must be a whole year").min(2000, "must be 2000 or later").max(2100, "must be 2100 or earlier");

export const recordRecommendationInputSchema = z.object({
  caseId: id,
  source: recommendationSourceSchema,
  summary: text(3, 2000),
  ownerId: id.nullish(),
  madeOn: isoDateSchema,
  dueOn: isoDateSchema.nullish(),
});
export type RecordRecommendationInput = z.input<typeof recordRecommendationInputSchema>;

export const updateRecommendationInputSchema = z.object({
  recommendationId: id,
  /** The version the officer read (optimistic lock). */
  version: z.number().int().min(1, "must be 1 or more"),
  status: recommendationStatusSchema,
  ownerId: id.nullish(),
  dueOn: isoDateSchema.nullish(),
  completedOn: isoDateSchema.nullish(),
  evidence: text(3, 5000).nullish(),
});
export type UpdateRecommendationInput = z.input<typeof updateRecommendationInputSchema>;

export const saveCodeSelfAssessmentInputSchema = z.object({
  financialYear: year,
  sectionId: codeSectionIdSchema,
  compliance: z.enum(CODE_COMPLIANCE),
  evidence: text(1, 5000),
  actions: text(1, 5000).nullish(),
  /** The version the writer read; absent for the first assessment of the section that year. */
  version: z.number().int().min(1, "must be 1 or more").nullish(),
});
export type SaveCodeSelfAssessmentInput = z.input<typeof saveCodeSelfAssessmentInputSchema>;
