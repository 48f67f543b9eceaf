import type { z } from "zod";
import type * as schemas from "../validation/case-inputs";

/** What each service accepts: the GraphQL input after ../validation/case-inputs.ts has checked it. */
export type DatedCaseChangeInput = z.input<typeof schemas.datedCaseChangeSchema>;
export type StageDecisionInput = z.input<typeof schemas.stageDecisionInputSchema>;
export type RecordFeedbackInput = z.input<typeof schemas.recordFeedbackInputSchema>;
export type DecideProcedureInput = z.input<typeof schemas.decideProcedureInputSchema>;
export type MarkNotConsideredInput = z.input<typeof schemas.markNotConsideredInputSchema>;
export type AllocateCaseInput = z.input<typeof schemas.allocateCaseInputSchema>;
export type AddPointOfComplaintInput = z.input<typeof schemas.addPointOfComplaintInputSchema>;
export type AgreeExtensionInput = z.input<typeof schemas.agreeExtensionInputSchema>;
export type SuspendCaseInput = z.input<typeof schemas.suspendCaseInputSchema>;
export type RecordStageResponseInput = z.input<typeof schemas.recordStageResponseInputSchema>;
export type RequestEscalationInput = z.input<typeof schemas.requestEscalationInputSchema>;
export type AppointInvestigatorInput = z.input<typeof schemas.appointInvestigatorInputSchema>;
export type ReportReviewPanelInput = z.input<typeof schemas.reportReviewPanelInputSchema>;
export type RecordLgscoDecisionInput = z.input<typeof schemas.recordLgscoDecisionInputSchema>;
export type LogLearningActionInput = z.input<typeof schemas.logLearningActionInputSchema>;
export type CompleteLearningActionInput = z.input<typeof schemas.completeLearningActionInputSchema>;
