import type { RecommendationSource, RecommendationStatus } from "@csc/rules";
import { builder } from "../builder";
import type { FollowUpItem } from "../services/list-follow-up";
import { describedValues } from "./enum-values";

const SOURCE_DESCRIPTIONS: Record<RecommendationSource, string> = {
  stage2: "The Stage 2 investigation or its adjudication (SI 2006/1738 reg 17)",
  review_panel: "The Stage 3 review panel (SI 2006/1738 regs 19, 20)",
  ombudsman: "The Local Government and Social Care Ombudsman",
};
const STATUS_DESCRIPTIONS: Record<RecommendationStatus, string> = {
  open: "Agreed, not yet started",
  in_progress: "Being carried out",
  done: "Carried out",
  not_accepted: "The council did not accept it",
};

/** The follow-up vocabularies of @csc/rules as GraphQL enums (SCREAMING_SNAKE names, the codes as internal values). */
export const RecommendationSourceEnum = builder.enumType("RecommendationSource", {
  description: "Who made a recommendation: the Stage 2 investigation or adjudication, the review panel, or the Ombudsman",
  values: describedValues(SOURCE_DESCRIPTIONS),
});
export const RecommendationStatusEnum = builder.enumType("RecommendationStatus", {
  description: "Where a recommendation or learning action stands: open, in progress, done, not accepted",
  values: describedValues(STATUS_DESCRIPTIONS),
});
export const FollowUpSourceEnum = builder.enumType("FollowUpSource", {
  description: "Where an item of the follow-up tracker comes from: a recommendation's source, or learning (a learning action)",
  values: describedValues({ ...SOURCE_DESCRIPTIONS, learning: "A learning action the council logged" }),
});
export const FollowUpKindEnum = builder.enumType("FollowUpKind", {
  description: "What an item of the follow-up tracker is",
  values: describedValues<FollowUpItem["kind"]>({
    recommendation: "A recommendation (Stage 2, review panel or Ombudsman)",
    learning_action: "A learning action the council logged",
  }),
});
