export {
  CODE_SECTIONS,
  CODE_SECTION_IDS,
  CODE_COMPLIANCE,
  CODE_COMPLIANCE_LABELS,
  CODE_SELF_ASSESSMENT_SOURCE,
  codeSectionIdSchema,
  codeSectionTitle,
  type CodeSectionId,
  type CodeCompliance,
} from "./complaint-handling-code";
export {
  RECOMMENDATION_SOURCES,
  RECOMMENDATION_SOURCE_LABELS,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_STATUS_LABELS,
  OUTSTANDING_STATUSES,
  recommendationSourceSchema,
  recommendationStatusSchema,
  learningActionTrackerStatus,
  isOverdue,
  type RecommendationSource,
  type RecommendationStatus,
} from "./recommendations";
