import type * as decisions from "../schema/case-decision-inputs";
import type * as inputs from "../schema/case-inputs";
import type {
  RecordComplimentInput as RecordComplimentInputType,
  RecordMemberEnquiryInput as RecordMemberEnquiryInputType,
} from "../schema/case-kind-details";
import type { CloseCaseInput as CloseCaseInputType } from "../schema/close-case-input";
import type { RecordFeedbackInput as RecordFeedbackInputType } from "../schema/feedback-inputs";
import type {
  RecordRecommendationInput as RecordRecommendationInputType,
  UpdateRecommendationInput as UpdateRecommendationInputType,
} from "../schema/recommendation";
import type { ReopenCaseInput as ReopenCaseInputType } from "../schema/reopen-case-input";
import type { StartStageInput as StartStageInputType } from "../schema/start-stage-input";

/** What each service accepts: the GraphQL input type's shape, after its fields' rules have checked it. */
export type DatedCaseChangeInput = typeof inputs.DatedCaseChangeInput.$inferInput;
export type StageDecisionInput = typeof decisions.StageDecisionInput.$inferInput;
export type RecordFeedbackInput = typeof RecordFeedbackInputType.$inferInput;
export type DecideProcedureInput = typeof decisions.DecideProcedureInput.$inferInput;
export type MarkNotConsideredInput = typeof decisions.MarkNotConsideredInput.$inferInput;
export type AllocateCaseInput = typeof inputs.AllocateCaseInput.$inferInput;
export type AddPointOfComplaintInput = typeof inputs.AddPointOfComplaintInput.$inferInput;
export type AgreeExtensionInput = typeof inputs.AgreeExtensionInput.$inferInput;
export type SuspendCaseInput = typeof inputs.SuspendCaseInput.$inferInput;
export type RecordStageResponseInput = typeof decisions.RecordStageResponseInput.$inferInput;
export type RequestEscalationInput = typeof inputs.RequestEscalationInput.$inferInput;
export type AppointInvestigatorInput = typeof inputs.AppointInvestigatorInput.$inferInput;
export type ReportReviewPanelInput = typeof inputs.ReportReviewPanelInput.$inferInput;
export type RecordLgscoDecisionInput = typeof decisions.RecordLgscoDecisionInput.$inferInput;
export type LogLearningActionInput = typeof inputs.LogLearningActionInput.$inferInput;
export type CompleteLearningActionInput = typeof inputs.CompleteLearningActionInput.$inferInput;
export type CloseCaseInput = typeof CloseCaseInputType.$inferInput;
export type ReopenCaseInput = typeof ReopenCaseInputType.$inferInput;
export type StartStageInput = typeof StartStageInputType.$inferInput;
export type RecordComplimentInput = typeof RecordComplimentInputType.$inferInput;
export type RecordMemberEnquiryInput = typeof RecordMemberEnquiryInputType.$inferInput;
export type RecordRecommendationInput = typeof RecordRecommendationInputType.$inferInput;
export type UpdateRecommendationInput = typeof UpdateRecommendationInputType.$inferInput;
