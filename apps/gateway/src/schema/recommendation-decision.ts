import { z } from "zod";
import { builder } from "../builder";
import { describedValues } from "./enum-values";
import { textRule } from "./input-rules";

/** SI 2006/1738 reg 20: the council's decision on each review panel recommendation. */
export const RECOMMENDATION_DECISIONS = ["accepted", "partly", "declined"] as const;

/** The council's decision on one review panel recommendation (SI 2006/1738 reg 20). */
export const RecommendationDecisionEnum = builder.enumType("RecommendationDecision", {
  description: "The council's decision on a review panel recommendation, made with the Independent Person (SI 2006/1738 reg 20)",
  values: describedValues<(typeof RECOMMENDATION_DECISIONS)[number]>({
    accepted: "The recommendation is accepted in full",
    partly: "The recommendation is accepted in part",
    declined: "The recommendation is not accepted",
  }),
});

export const RecommendationDecisionInput = builder.inputType("RecommendationDecisionInput", {
  description: "The council's decision on one of the panel's recommendations, with the reason",
  fields: (t) => ({
    seq: t.int({
      description: "The recommendation's number in the panel's report (ReviewPanel.recommendations.seq)",
      validate: z.number().int().positive(),
    }),
    decision: t.field({ type: RecommendationDecisionEnum, description: "Accepted, partly accepted or declined" }),
    reason: t.string({ description: "Why, in words fit for publication (no personal data)", validate: textRule(2000) }),
  }),
});
