import { RECOMMENDATION_SOURCES, RECOMMENDATION_STATUSES } from "@csc/rules";
import { builder } from "../builder";

/** The follow-up vocabularies of @csc/rules as GraphQL enums (values identical). */
export const RecommendationSourceEnum = builder.enumType("RecommendationSource", {
  description: "Who made a recommendation: the Stage 2 investigation or adjudication, the review panel, or the Ombudsman",
  values: RECOMMENDATION_SOURCES,
});
export const RecommendationStatusEnum = builder.enumType("RecommendationStatus", {
  description: "Where a recommendation or learning action stands: open, in progress, done, not accepted",
  values: RECOMMENDATION_STATUSES,
});
export const FollowUpSourceEnum = builder.enumType("FollowUpSource", {
  description: "Where an item of the follow-up tracker comes from: a recommendation's source, or learning (a learning action)",
  values: [...RECOMMENDATION_SOURCES, "learning"] as const,
});
