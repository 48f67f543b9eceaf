export {
  type ClockKind,
  type ClockDefinition,
  type ClockDefinitionInput,
  type StageDefinition,
  type StageDefinitionInput,
  type CountingConvention,
  type ProcedureDefinition,
  type ProcedureDefinitionInput,
  CLOCK_KINDS,
  caseEventTypeSchema,
  clockDefinitionSchema,
  stageDefinitionSchema,
  countingConventionSchema,
  procedureDefinitionSchema,
  allClocks,
  stageDefinition,
  stageName,
} from "./definition";
export { DEFAULT_COUNTING, countingStart, workingDayDeadline, addCalendarMonths } from "./counting";
export { DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS, childrensStatutoryProcedure } from "./childrens-statutory";
export { adultSocialCareProcedure, publicHealthProcedure } from "./adult-and-public-health";
export {
  type CorporateStageConfig,
  type CorporateProcedureConfig,
  corporateStageConfigSchema,
  corporateProcedureConfigSchema,
  defineCorporateProcedure,
  lgscoComplaintHandlingCode,
  LGSCO_CODE_SOURCE,
} from "./corporate";
export {
  type ClockTarget,
  type ClockId,
  type ProcedureSettings,
  type ProcedureSettingsInput,
  CLOCK_IDS,
  clockTargetSchema,
  procedureSettingsSchema,
  ProcedureSettingsError,
  validateProcedureSettings,
  resolveProcedure,
  type ResolveOptions,
} from "./settings";
export { type DatedDefinition, type ProcedureHistory, PROCEDURE_HISTORY, definitionInForce } from "./in-force";
export { CLOCK_OWNERS, type ClockOwner, clockOwnerOf, clockOwnerOfKind } from "./clock-owner";
