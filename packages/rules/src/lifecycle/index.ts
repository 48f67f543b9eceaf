export * from "./events";
export { LIFECYCLE_ERROR_CODES, type LifecycleErrorCode, LifecycleError } from "./errors";
export { type TimelinessBand, type DerivedClock, type ClockStanding, timelinessBandOf, isWithin, clockStanding } from "./clocks";
export { CASE_FLAG_CODES, type CaseFlagCode, type CaseFlag } from "./flags";
export { stageOutcome } from "./outcomes";
export type { PointOutcome, Pause, DerivedLgscoReferral } from "./state";
export {
  CASE_STATUSES,
  FINISHED_STATUSES,
  OPEN_STATUSES,
  type CaseStatus,
  type LifecycleContext,
  type DerivedStage,
  type DerivedCase,
  deriveCase,
  deriveParsedCase,
  applyEvent,
} from "./derive";
export { type AllowedEvent, allowedEvents, allowedEventOptions } from "./allowed";
export { toStageFacts } from "./stage-facts";
export { CLOCKED_KINDS, runsClocks, nextDueOf, caseDerivation, type CaseDerivation, type StoredStage } from "./stored-state";
export { KIND_LIFECYCLES, kindAllows } from "./kinds";
export { type CouncilRules, councilCalendarOf, councilRulesContext } from "./council-context";
export { type GroundDecision, type NotConsideredEvent, endsCase, groundDecision, pointsNotConsidered } from "./not-considered";
export { type DerivedReviewPanel, reviewPanelOf } from "./review-panel";
