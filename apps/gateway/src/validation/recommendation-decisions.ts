import { z } from "zod";

/** SI 2006/1738 reg 20: the council's decision on each review panel recommendation. */
export const RECOMMENDATION_DECISIONS = ["accepted", "partly", "declined"] as const;
export const recommendationDecisionsSchema = z
  .array(
    z.object({
      seq: z.number().int().positive(),
      decision: z.enum(RECOMMENDATION_DECISIONS),
      reason: z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters"),
    }),
  )
  .max(50)
  .nullish();
